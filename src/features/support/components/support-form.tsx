import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { limits } from '@/contract/common';
import { topics, type Ticket, type Topic } from '@/contract/support';
import { isApiError } from '@/lib/api-error';
import { useFormat } from '@/lib/format';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { useCreateTicket } from '../api/create-ticket';
import { useReferencedOrder, type OrderPrefill } from '../api/get-order-prefill';
import { ticketFormSchema, type TicketForm } from '../api/ticket-form';
import { draftStorage } from '../lib/draft-storage';
import { orderNamedBy } from '../lib/extension-range';
import { messageAboutStatement, orderFields } from '../lib/prefill';
import { serverFieldErrors } from '../lib/server-errors';
import { toTicketRequest } from '../lib/ticket-request';
import { ExtensionFields, MissingPaymentFields } from './topic-fields';
import { SendAgainButton } from './send-again-button';
import { Select } from '@/components/select';

type Props = {
  userEmail: string;
  defaults: TicketForm;
  /** The order the request was started from, once loaded. */
  order?: OrderPrefill;
  /** The topic asked for with the order, rather than the one its state suggests. */
  orderTopic?: Topic;
  /** Started from a week's statement (its ISO week): a question about it. */
  statementWeek?: string;
  /** The merchant's currency, that of an amount the user types. */
  currency: string;
  onSent: (ticket: Ticket) => void;
};

export function SupportForm({ userEmail, defaults, order, orderTopic, statementWeek, currency, onSent }: Props) {
  const { t, i18n } = useTranslation('support');
  const { locale } = useFormat();
  const [draft] = useState(() => draftStorage.load(userEmail));
  // A reload keeps the history entry, so its key tells a reload of this visit from a new link to the
  // form. A page opened by its address has no key of its own ("default"): there, a draft about the
  // same order is taken for a reload.
  const visit = useLocation().key;
  const reloadOf = (about: OrderPrefill) =>
    draft !== null && (visit === 'default' ? draft.values.orderReference === about.paymentReference : draft.visit === visit);
  const [idempotencyKey, setIdempotencyKey] = useState(() => draft?.idempotencyKey ?? crypto.randomUUID());
  // The order an extension is about, whether the form was started from it or its reference was
  // typed or kept in a draft: its state and due date bound the wished date (set below, once known).
  const [term, setTerm] = useState<OrderPrefill | undefined>(order);
  const schema = useMemo(() => ticketFormSchema({ order: term, locale, currency }), [term, locale, currency]);
  const form = useForm<TicketForm>({
    resolver: zodResolver(schema),
    defaultValues: draft?.values ?? defaults,
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(submitCount, formRef);
  const [topic, orderReference] = useWatch({ control: form.control, name: ['topic', 'orderReference'] });
  // The order the typed reference names, once the typing pauses (undefined while unknown).
  const named = useReferencedOrder(orderReference, defaults.merchantId);
  const referenced = (topic === 'payment-term-extension' ? named : undefined) ?? order;
  if (referenced !== term) setTerm(referenced);

  // What the user types is saved as it is typed, so a reload or a failed send loses nothing.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => draftStorage.save(userEmail, { values, idempotencyKey, visit }),
    });
  }, [form, userEmail, idempotencyKey, visit]);

  // Started from an order: its references and the topic asked for (else a likely one) fill the form;
  // the user may change them. A reload keeps what the user made of them.
  const reload = order !== undefined && reloadOf(order);
  useEffect(() => {
    if (!order || reload) return;
    const fields = orderFields(order, orderTopic);
    // A day wished for another order's due date is not this one's.
    if (form.getValues('orderReference') !== fields.orderReference) form.setValue('wishedDueDate', '', { shouldDirty: true });
    form.setValue('orderReference', fields.orderReference, { shouldDirty: true });
    form.setValue('customerId', fields.customerId, { shouldDirty: true });
    // A message typed earlier keeps the topic chosen for it, unless the link asked for one.
    const draftTopic = form.getValues('message').trim() !== '' ? form.getValues('topic') : '';
    form.setValue('topic', orderTopic ?? (draftTopic || fields.topic), { shouldDirty: true });
  }, [order, orderTopic, form, reload]);

  // The customer id follows the order the reference names, once it is known: unless the user typed
  // another, the previous order's customer would be sent with the next order.
  const lastNamed = useRef(order);
  useEffect(() => {
    if (!named || named.orderNumber === lastNamed.current?.orderNumber) return;
    const previousCustomer = lastNamed.current?.customer.customerId;
    lastNamed.current = named;
    const customerId = form.getValues('customerId');
    if (customerId === '' || customerId === previousCustomer) form.setValue('customerId', named.customer.customerId, { shouldDirty: true });
  }, [named, form]);
  // A message typed earlier about something else stays, but is not sent about this order unseen.
  const earlierMessage =
    order !== undefined && draft !== null && !reload && draft.values.message.trim() !== '' && draft.values.orderReference !== order.paymentReference;

  // Started from a statement: a question on that topic, its message naming the week.
  useEffect(() => {
    if (!statementWeek) return;
    form.setValue('topic', 'statement', { shouldDirty: true });
    form.setValue('message', messageAboutStatement(form.getValues('message'), t('form.aboutStatement', { week: statementWeek }), statementWeek), { shouldDirty: true });
  }, [statementWeek, form, t]);

  const send = useCreateTicket({
    onSuccess: (ticket) => {
      draftStorage.clear(userEmail);
      setIdempotencyKey(crypto.randomUUID());
      onSent(ticket);
    },
    onError: (error) => {
      if (!isApiError(error, 'validation')) return;
      // The earlier send under this key reached support; what is on screen now is another message.
      if (error.problem?.type.endsWith('/idempotency-key-reused')) {
        setIdempotencyKey(crypto.randomUUID());
        return;
      }
      for (const { field, message } of serverFieldErrors(error.fieldErrors, form.getValues('topic'), error.problem?.openExtensionTicket)) form.setError(field, { message });
      focusFirstInvalid();
    },
  });

  // Payment references end with the merchant's own id: examples show the user's. A field too long
  // is told its limit.
  const message = (key?: string, values?: Record<string, string>) => (key ? t(key, { defaultValue: key, merchantId: defaults.merchantId, ...limits, locale, ...values }) : undefined);
  const submit = form.handleSubmit((values) => send.mutate({ request: toTicketRequest(values, { locale, currency, language: i18n.language }), idempotencyKey }));
  const fieldProps = { register: form.register, errors, message };
  const failure = send.error && !isApiError(send.error, 'validation') ? send.error : null;

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} aria-labelledby="support-form-title">
      <Stack gap="md">
        {failure && (
          <Alert color="red" role="alert" title={t('form.notSentTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{isApiError(failure, 'network') ? t('form.notSentNetwork') : isApiError(failure, 'storage-full') ? t('form.notSentStorageFull') : t('form.notSentServer')}</Text>
              <SendAgainButton pending={send.isPending} focusField={() => form.setFocus('message')} onSend={() => void submit()} />
            </Stack>
          </Alert>
        )}
        {isApiError(send.error, 'validation') && (
          <Alert color="orange" role="alert">
            {send.error.problem?.type.endsWith('/idempotency-key-reused') ? t('form.sentBefore') : t('form.fixFields')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.firstName')} required autoComplete="given-name" error={message(errors.firstName?.message)} {...form.register('firstName')} />
          <TextInput label={t('fields.lastName')} required autoComplete="family-name" error={message(errors.lastName?.message)} {...form.register('lastName')} />
          <TextInput label={t('fields.merchantId')} required error={message(errors.merchantId?.message)} {...form.register('merchantId')} />
          <TextInput label={t('fields.email')} type="email" required autoComplete="email" error={message(errors.email?.message)} {...form.register('email')} />
          <Controller
            control={form.control}
            name="topic"
            render={({ field }) => (
              <Select
                ref={field.ref}
                label={t('fields.topic')}
                required
                placeholder={t('fields.topicPlaceholder')}
                data={topics.map((value) => ({ value, label: t(`topics.${value}`) }))}
                // Picking the chosen topic again keeps it: the fields it brings stay with what was typed in them.
                allowDeselect={false}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                onBlur={field.onBlur}
                error={message(errors.topic?.message)}
              />
            )}
          />
          <TextInput
            label={t('fields.orderReference')}
            description={t('fields.orderReferenceHint', { merchantId: defaults.merchantId })}
            required={topic === 'payment-term-extension' || topic === 'missing-payment'}
            error={message(errors.orderReference?.message)}
            {...form.register('orderReference')}
          />
          <TextInput label={t('fields.customerId')} error={message(errors.customerId?.message)} {...form.register('customerId')} />
          {topic === 'payment-term-extension' && <ExtensionFields {...fieldProps} control={form.control} order={orderNamedBy(term, orderReference)} />}
          {topic === 'missing-payment' && <MissingPaymentFields {...fieldProps} control={form.control} currency={currency} />}
        </SimpleGrid>
        {earlierMessage && (
          <Alert color="yellow" title={t('form.earlierMessageTitle')}>
            {t('form.earlierMessage')}
          </Alert>
        )}
        <Textarea label={t('fields.message')} required autosize minRows={5} maxRows={14} error={message(errors.message?.message)} {...form.register('message')} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('form.draftNote')}
          </Text>
          <Button type="submit" loading={send.isPending} leftSection={<IconSend size={16} aria-hidden />}>
            {t('form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
