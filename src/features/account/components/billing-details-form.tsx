import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { accountLimits, billingDetailsSchema, type BillingDetails } from '@/contract/account';
import { countries, limits } from '@/contract/common';
import { postalCodeExamples } from '@/contract/postal-code';
import { vatNumberExamples, vatNumberPrefixes } from '@/contract/vat-number';
import { ErrorState } from '@/components/query-states';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { isApiError, storedNowOfConflict } from '@/lib/api-error';
import { useFormDraft } from '@/lib/form-draft';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { billingFormFields, billingFormSchema, billingFormValues, type BillingForm } from '../api/billing-form';
import { useUpdateBillingDetails } from '../api/update-billing-details';
import { countryName } from '../lib/country-name';
import { refusedByServer, refusedFields } from '../lib/server-errors';
import { LastChange } from './last-change';
import wrappingLabel from '@/components/wrapping-label.module.css';

/** An admin's form of the billing details; what was typed stays on screen when a value is refused. */
export function BillingDetailsForm({ details }: { details: BillingDetails }) {
  const { t, i18n } = useTranslation('account');
  const [saved, setSaved] = useState<'changed' | 'unchanged' | null>(null);
  const form = useForm<BillingForm>({ resolver: zodResolver(billingFormSchema), defaultValues: billingFormValues(details), shouldFocusError: false });
  const { errors, submitCount, isDirty } = form.formState;
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(submitCount, formRef);
  const country = useWatch({ control: form.control, name: 'country' });
  // When the details the form was filled from were last changed: a save names it, so that the API
  // refuses it (409) if someone changed them since, rather than silently undo that change.
  const [filledFrom, setFilledFrom] = useState(details.updatedAt);
  // Typing not saved yet outlives a sign-out in another tab, an expired session or a reload.
  const draft = useFormDraft('billing-details', form, filledFrom ?? 'never saved');

  const save = useUpdateBillingDetails({
    onSuccess: (changed) => {
      form.reset(billingFormValues(changed));
      setFilledFrom(changed.updatedAt);
    },
    onError: (error) => {
      // Refused as stale: the fields the user did not touch take the change made meanwhile, those
      // they typed in keep what was typed, and the next save names the details as they are now.
      const current = storedNowOfConflict(error, billingDetailsSchema);
      if (current) {
        form.reset(billingFormValues(current), { keepDirtyValues: true });
        setFilledFrom(current.updatedAt);
      }
      for (const field of refusedFields(error.fieldErrors, billingFormFields)) form.setError(field, { message: refusedByServer });
      focusFirstInvalid();
    },
  });
  // What the last save said is gone with a new attempt, whether the form takes its values or refuses them.
  const submit = form.handleSubmit((values) => {
    setSaved(null);
    // Compared with the details as they were when saved: the API keeps them as they are when nothing changes.
    save.mutate({ ...values, updatedAt: filledFrom }, { onSuccess: (changed) => setSaved(billingFormFields.every((field) => changed[field] === details[field]) ? 'unchanged' : 'changed') });
  }, () => setSaved(null));
  // The context picks a country's own wording where it has one (a Swiss "MWST-Nr.").
  const message = (key?: string) => (key ? t(key, { defaultValue: key, context: country, example: vatNumberExamples[country], prefix: vatNumberPrefixes[country], postalExample: postalCodeExamples[country], ...limits, ...accountLimits }) : undefined);
  const failure = save.error && !isApiError(save.error, 'validation') && !isApiError(save.error, 'conflict') ? save.error : null;

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} aria-label={t('billing.title')}>
      <UnsavedChangesGuard unsaved={isDirty} onLeave={draft.forget} />
      <Stack gap="md">
        {failure && <ErrorState error={failure} />}
        {draft.restored && isDirty && (
          <Alert color="blue" role="status">
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('form.draftRestored')}</Text>
              <Button variant="white" size="xs" onClick={draft.startOver}>
                {t('form.startOver')}
              </Button>
            </Group>
          </Alert>
        )}
        {isApiError(save.error, 'conflict') && (
          <Alert color="orange" role="alert" title={t('billing.changedMeanwhileTitle')}>
            {t('billing.changedMeanwhile')}
          </Alert>
        )}
        {isApiError(save.error, 'validation') && (
          <Alert color="orange" role="alert">
            {t('form.fixFields')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('billing.fields.companyName')} required autoComplete="organization" error={message(errors.companyName?.message)} {...form.register('companyName')} />
          <NativeSelect
            label={t('billing.fields.country')}
            required
            data={countries.map((value) => ({ value, label: countryName(value, i18n.language) }))}
            {...form.register('country')}
          />
          <TextInput label={t('billing.fields.street')} required autoComplete="address-line1" error={message(errors.street?.message)} {...form.register('street')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('billing.fields.postalCode')} required autoComplete="postal-code" error={message(errors.postalCode?.message)} {...form.register('postalCode')} />
            <TextInput label={t('billing.fields.city')} required autoComplete="address-level2" error={message(errors.city?.message)} {...form.register('city')} />
          </SimpleGrid>
          <TextInput
            label={t('billing.fields.vatNumber', { context: country })}
            description={t('billing.vatNumberHint', { example: vatNumberExamples[country] })}
            required
            error={message(errors.vatNumber?.message)}
            {...form.register('vatNumber')}
          />
          <TextInput label={t('billing.fields.invoiceEmail')} description={t('billing.invoiceEmailHint')} type="email" required autoComplete="email" error={message(errors.invoiceEmail?.message)} {...form.register('invoiceEmail')} />
        </SimpleGrid>
        <Group justify="space-between" align="center">
          <LastChange at={details.updatedAt} by={details.updatedBy} />
          <Button type="submit" classNames={wrappingLabel} loading={save.isPending} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            {t('billing.save')}
          </Button>
        </Group>
        <Text size="sm" role="status">
          {saved && t(saved === 'changed' ? 'billing.saved' : 'billing.unchanged')}
        </Text>
      </Stack>
    </form>
  );
}
