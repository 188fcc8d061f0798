import { zodResolver } from '@hookform/resolvers/zod';
import { SegmentedControl, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { writeAmount } from '@/contract/intl-formats';
import type { OrderDetail, ReductionBody } from '@/contract/orders';
import { isApiError } from '@/lib/api-error';
import { afterPointerRelease } from '@/lib/after-pointer-release';
import { useFormat } from '@/lib/format';
import { useMessage } from '@/lib/i18n';
import { newIdempotencyKey } from '../api/order-actions';
import { amountProblemOf, reasonsFor, reduceFormSchema, typedQuantity, useReduceOrder, type ReduceForm } from '../api/reduce-order';
import { amountExamples, typedAmountCents } from '@/lib/amount-text';
import { useDraftedForm } from '../lib/action-drafts';
import { actionErrorMessage, needsNewKey, refusedFieldMessage } from '../lib/action-errors';
import { remainingQuantity } from '../lib/order-figures';
import { pickedReason } from '../lib/reason';
import { returnCredit, returnsEverything } from '../lib/reduction';
import { ActionDialog } from './action-dialog';
import { ReasonFields } from './reason-fields';
import { ReducePreview } from './reduce-preview';
import { ReturnLinesFields } from './return-lines-fields';
import { useSeenVersion } from '../lib/use-seen-version';
import wrappingLabel from '@/components/wrapping-label.module.css';

type Props = { order: OrderDetail; opened: boolean; onClose: () => void };

/** A partial cancel: an amount off, or items that come back; the new outstanding shows before confirming. */
export function ReduceDialog({ order, opened, onClose }: Props) {
  const { t } = useTranslation('orders');
  const message = useMessage();
  const format = useFormat();
  const [key, setKey] = useState(newIdempotencyKey);
  // Refusals of the API, counted with the form's own: after each, the first wrong field takes the focus.
  const [serverRefusals, setServerRefusals] = useState(0);
  const schema = useMemo(() => reduceFormSchema(order, format.locale), [order, format.locale]);
  const returnable = order.lines.filter((line) => remainingQuantity(line) > 0);
  const { form, forget, restored, startOver } = useDraftedForm<ReduceForm>(order, 'reduce', opened, {
    resolver: zodResolver(schema),
    // Each field says what is wrong with it once the user leaves it, not only on confirming.
    mode: 'onTouched',
    shouldFocusError: false,
    defaultValues: {
      method: 'amount',
      amount: '',
      reasonText: '',
      lines: returnable.map((line) => ({ lineId: line.id, quantity: '', reason: '' })),
    },
  });
  const [method, amount, lines, reasonChoice, reasonText] = useWatch({
    control: form.control,
    name: ['method', 'amount', 'lines', 'reasonChoice', 'reasonText'],
  });
  // The fresh order after a refusal (another tab credited it meanwhile) may take less: the amount
  // already typed is checked again against it, on the field.
  useEffect(() => {
    if (form.getFieldState('amount').isTouched) void form.trigger('amount');
  }, [schema, form]);
  const reduce = useReduceOrder({
    onSuccess: (changed) => {
      forget();
      notifications.show({ color: 'green', message: t(`reduce.done.${changed.status}`, { orderNumber: changed.orderNumber }) });
      onClose();
    },
    onError: (error, input) => {
      if (needsNewKey(error)) setKey(newIdempotencyKey());
      if (!isApiError(error, 'validation')) return;
      // The API numbers the lines it was sent; map them back onto the form's rows.
      const sent = input.body.lines ?? [];
      for (const field of Object.keys(error.fieldErrors)) {
        const message = refusedFieldMessage(field) ?? undefined;
        const lineMatch = /^lines\.(\d+)\./.exec(field);
        const row = lineMatch ? lines.findIndex((line) => line.lineId === sent[Number(lineMatch[1])]?.lineId) : -1;
        if (row >= 0) form.setError(`lines.${row}.quantity`, { message });
        else if (field === 'amount') form.setError('amount', { message });
        else if (field === 'reason' || field === 'reasonCode') form.setError(field === 'reason' ? 'reasonText' : 'reasonChoice', { message });
      }
      setServerRefusals((count) => count + 1);
    },
  });
  const seen = useSeenVersion(order, reduce);

  const chosen = lines.map(({ lineId, quantity }) => ({ lineId, quantity: typedQuantity(quantity) ?? 0 }));
  // The same checks as on confirming: while the amount or the quantities are refused, no credit is shown.
  const check = schema.safeParse({ method, amount, lines, reasonChoice, reasonText });
  const refused = check.error?.issues.some((issue) => issue.path[0] === method && issue.path[2] !== 'reason') ?? false;
  const credit = refused ? null : method === 'amount' ? (typedAmountCents(amount, format.locale, order.currency) ?? 0) : returnCredit(order, chosen);
  const everythingBack = method === 'lines' && returnsEverything(order, chosen);
  const examples = amountExamples(format.locale, order.currency);

  const submit = form.handleSubmit((values) => {
    const reason = pickedReason(values.reasonChoice, values.reasonText);
    const body: ReductionBody =
      values.method === 'amount'
        ? { version: seen.version, ...reason, amount: typedAmountCents(values.amount, format.locale, order.currency) ?? 0 }
        : {
            version: seen.version,
            ...reason,
            lines: values.lines
              .map((line) => ({ ...line, quantity: typedQuantity(line.quantity) ?? 0 }))
              .filter((line) => line.quantity > 0)
              .map((line) => ({ lineId: line.lineId, quantity: line.quantity, ...(line.reason ? { reasonCode: pickedReason(line.reason).reasonCode } : {}) })),
          };
    reduce.mutate({ orderNumber: order.orderNumber, idempotencyKey: key, body });
  });

  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={t('reduce.title', { orderNumber: order.orderNumber })}
      error={reduce.error && actionErrorMessage(reduce.error, t)}
      changedMeanwhile={seen.changed}
      action="reduce"
      status={order.status}
      succeeded={reduce.isSuccess}
      confirmLabel={t('reduce.confirm')}
      confirmColor="red"
      submitCount={form.formState.submitCount + serverRefusals}
      pending={reduce.isPending}
      onSubmit={() => void submit()}
      onStartOver={restored ? startOver : undefined}
    >
      <Text>{t('reduce.explain', { outstanding: format.money(order.outstanding, order.currency) })}</Text>
      <Controller
        control={form.control}
        name="method"
        render={({ field }) => (
          <SegmentedControl
            aria-label={t('reduce.method')}
            fullWidth
            classNames={{ label: wrappingLabel.label }}
            data={[
              { value: 'amount', label: t('reduce.byAmount') },
              { value: 'lines', label: t('reduce.byLines'), disabled: returnable.length === 0 },
            ]}
            value={field.value}
            onChange={(value) => {
              form.clearErrors();
              // A reason of the other list is not offered here: choosing again is clearer than a hidden value.
              if (reasonChoice && !reasonsFor(value as ReduceForm['method']).includes(reasonChoice)) form.resetField('reasonChoice');
              field.onChange(value);
            }}
          />
        )}
      />
      {method === 'amount' ? (
        <Controller
          control={form.control}
          name="amount"
          render={({ field, fieldState }) => (
            <TextInput
              ref={field.ref}
              label={t('reduce.amount', { currency: order.currency })}
              description={t('reduce.amountHint', { outstanding: format.money(order.outstanding, order.currency) })}
              required
              inputMode="decimal"
              autoComplete="off"
              // The dialog opens on the amount, the first thing to give.
              data-autofocus
              value={field.value}
              onChange={(event) => field.onChange(event.currentTarget.value)}
              onBlur={() => {
                // Shown back the way this language writes it, once it reads as one amount.
                const cents = typedAmountCents(field.value, format.locale, order.currency);
                if (cents !== null) field.onChange(writeAmount(cents, format.locale, order.currency));
                afterPointerRelease(field.onBlur);
              }}
              error={message(fieldState.error?.message, examples)}
            />
          )}
        />
      ) : (
        <ReturnLinesFields order={order} rows={lines} control={form.control} errors={form.formState.errors} />
      )}
      <ReasonFields control={form.control} reasons={reasonsFor(method)} errors={form.formState.errors} />
      <ReducePreview
        order={order}
        method={method}
        credit={credit}
        everythingBack={everythingBack}
        // While typing, before the field shows its own error, the summary says what is wrong.
        amountProblem={amount.trim() === '' || form.formState.errors.amount ? undefined : message(amountProblemOf(amount, order, format.locale) ?? undefined, examples)}
      />
    </ActionDialog>
  );
}
