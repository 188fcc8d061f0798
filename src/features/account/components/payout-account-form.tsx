import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { accountLimits, payoutAccountsSchema, type PayoutAccounts } from '@/contract/account';
import type { Country, Currency } from '@/contract/common';
import { compactIban, disallowedIbanCharacters, ibanExamples, ibanLengths, ibanProblem, usualAccountCurrency } from '@/contract/iban';
import { PasswordField } from '@/components/password-field';
import { ErrorState } from '@/components/query-states';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { isApiError, storedNowOfConflict } from '@/lib/api-error';
import { useFormat } from '@/lib/format';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { useChangePayoutAccount } from '../api/change-payout-account';
import { payoutFormSchema, type PayoutForm } from '../api/payout-form';
import { countryName } from '../lib/country-name';
import { payoutSaveOutcome, type PayoutSaveOutcome } from '../lib/payout-save-outcome';
import { refusedByServer, refusedFields } from '../lib/server-errors';
import wrappingLabel from '@/components/wrapping-label.module.css';

/** `currency`: the merchant's, which its payouts are paid in; `country`: the merchant's, whose IBAN the messages show. */
type Props = { accounts: PayoutAccounts; currency: Currency; country: Country };

/** When the account was last changed, by its newest version; null when none was ever given. */
const newestChange = (accounts: PayoutAccounts) => accounts.history[0]?.changedAt ?? null;

/** What the IBAN's messages name: the characters it may not hold, and its length against its country's. */
function ibanFacts(iban: string, language: string) {
  const compact = compactIban(iban);
  const country = compact.slice(0, 2);
  return {
    characters: disallowedIbanCharacters(iban).join(' '),
    country: country in ibanLengths ? countryName(country as Country, language) : country,
    expected: ibanLengths[country as Country],
    typed: compact.length,
  };
}

/** An admin gives a new account; payouts go to it from the first one no statement has announced yet. The IBAN is checked beside the field as it is typed. */
export function PayoutAccountForm({ accounts, currency, country }: Props) {
  const accountHolder = (accounts.next ?? accounts.current)?.accountHolder ?? '';
  const { t, i18n } = useTranslation('account');
  const format = useFormat();
  const [outcome, setOutcome] = useState<PayoutSaveOutcome | null>(null);
  const form = useForm<PayoutForm>({
    resolver: zodResolver(payoutFormSchema),
    defaultValues: { accountHolder, iban: '', currentPassword: '' },
    // Checked when the field is left, then at every keystroke.
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { errors, submitCount, isDirty } = form.formState;
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(submitCount, formRef);
  const iban = useWatch({ control: form.control, name: 'iban' });
  const ibanCountry = iban.trim() !== '' && ibanProblem(iban) === null ? (compactIban(iban).slice(0, 2) as Country) : null;
  // A valid IBAN of a country whose accounts hold another currency as a rule: said, not refused.
  const accountCurrency = ibanCountry && usualAccountCurrency[ibanCountry];
  // The newest version the page showed when the form was filled: a save names it, so that the API
  // refuses it (409) if someone changed the account since, rather than replace that change unseen.
  const [filledFrom, setFilledFrom] = useState(newestChange(accounts));

  const change = useChangePayoutAccount({
    onSuccess: (changed) => {
      form.reset({ accountHolder: (changed.next ?? changed.current)?.accountHolder ?? accountHolder, iban: '', currentPassword: '' });
      setFilledFrom(newestChange(changed));
    },
    onError: (error) => {
      // Warned of the change made meanwhile, the next save gives the account knowingly.
      const current = storedNowOfConflict(error, payoutAccountsSchema);
      if (current) setFilledFrom(newestChange(current));
      for (const field of refusedFields(error.fieldErrors, ['accountHolder', 'iban'] as const)) form.setError(field, { message: refusedByServer });
      if (error.fieldErrors.currentPassword) form.setError('currentPassword', { message: 'account:validation.wrongPassword' });
      focusFirstInvalid();
    },
  });
  // What the last save said is gone with a new attempt, whether the form takes its values or refuses them.
  const submit = form.handleSubmit((values) => {
    setOutcome(null);
    // Compared with the account as it was when saved: the page shows the answer before this runs.
    change.mutate(
      { ...values, lastChangedAt: filledFrom },
      {
        onSuccess: (changed) => {
          const saved = payoutSaveOutcome(accounts, changed);
          setOutcome(saved);
          // Nothing saved: the account typed stays in its fields, beside the sentence that says why.
          if (saved.kind === 'unchanged') form.reset({ ...values, currentPassword: '' });
        },
      },
    );
  }, () => setOutcome(null));
  const message = (key?: string) => (key ? t(key, { defaultValue: key, example: ibanExamples[country], ...ibanFacts(iban, i18n.language), ...accountLimits }) : undefined);
  const failure = change.error && !isApiError(change.error, 'validation') && !isApiError(change.error, 'conflict') ? change.error : null;

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} aria-labelledby="payout-form-title">
      <UnsavedChangesGuard unsaved={isDirty} />
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="payout-form-title">
            {accounts.history.length > 0 ? t('payout.form.changeTitle') : t('payout.form.giveTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(accounts.current ? 'payout.form.explain' : 'payout.form.explainFirst', { date: format.date(accounts.nextPayoutDate) })}
          </Text>
        </div>
        {failure && <ErrorState error={failure} />}
        {isApiError(change.error, 'conflict') && (
          <Alert color="orange" role="alert" title={t('payout.form.changedMeanwhileTitle')}>
            {t('payout.form.changedMeanwhile')}
          </Alert>
        )}
        {isApiError(change.error, 'validation') && (
          <Alert color="orange" role="alert">
            {t('form.fixFields')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('payout.fields.accountHolder')} required autoComplete="name" error={message(errors.accountHolder?.message)} {...form.register('accountHolder')} />
          <TextInput
            label={t('payout.fields.iban')}
            required
            spellCheck={false}
            autoCapitalize="characters"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            description={
              ibanCountry ? (
                <>
                  {t('payout.form.ibanChecked', { country: countryName(ibanCountry, i18n.language) })}
                  {accountCurrency !== currency && (
                    <Text component="span" display="block" size="xs" c="orange.9" fw={500}>
                      {t('payout.form.otherCurrency', { accountCurrency, currency })}
                    </Text>
                  )}
                </>
              ) : (
                t('payout.form.ibanHint')
              )
            }
            rightSection={ibanCountry && <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />}
            error={message(errors.iban?.message)}
            {...form.register('iban')}
          />
        </SimpleGrid>
        {/* Asked again, as the payment portals do: an open session alone may not move where the money goes. */}
        <PasswordField
          label={t('payout.fields.currentPassword')}
          description={t('payout.form.passwordHint')}
          required
          autoComplete="current-password"
          maw={360}
          error={message(errors.currentPassword?.message)}
          {...form.register('currentPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" classNames={wrappingLabel} loading={change.isPending} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
            {t('payout.form.save')}
          </Button>
        </Group>
        <Text size="sm" role="status">
          {outcome?.kind === 'saved' && t('payout.form.saved', { date: format.date(outcome.date) })}
          {outcome?.kind === 'withdrawn' && t('payout.form.withdrawn', { date: format.date(outcome.date) })}
          {outcome?.kind === 'unchanged' && (outcome.date ? t('payout.form.unchangedFrom', { date: format.date(outcome.date) }) : t('payout.form.unchanged'))}
        </Text>
      </Stack>
    </form>
  );
}
