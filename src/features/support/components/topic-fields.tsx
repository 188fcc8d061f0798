import { TextInput } from '@mantine/core';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { typedAmountCents, writeAmount } from '@/lib/amount-text';
import { useFormat } from '@/lib/format';
import type { TicketForm } from '../api/ticket-form';
import { localToday } from '../lib/extension-range';

type FieldProps = {
  register: UseFormRegister<TicketForm>;
  errors: FieldErrors<TicketForm>;
  message: (key?: string) => string | undefined;
};

/** The new due date of a payment-term extension; a date picker bounded as the API bounds it, when the order is known. */
export function ExtensionFields({ register, errors, message, range }: FieldProps & { range: { min: string; max: string } | null }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  return (
    <TextInput
      type="date"
      label={t('fields.wishedDueDate')}
      description={range ? t('fields.wishedDueDateRange', { min: format.date(range.min), max: format.date(range.max) }) : t('fields.wishedDueDateHint')}
      required
      min={range?.min ?? undefined}
      max={range?.max ?? undefined}
      error={message(errors.wishedDueDate?.message)}
      {...register('wishedDueDate')}
    />
  );
}

/** What a missing payment needs: when the shopper paid, how much, and the reference their bank shows. */
export function MissingPaymentFields({ register, errors, message, control, currency }: FieldProps & { control: Control<TicketForm>; currency: string }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  return (
    <>
      <TextInput
        type="date"
        label={t('fields.paymentDate')}
        required
        max={localToday()}
        error={message(errors.paymentDate?.message)}
        {...register('paymentDate')}
      />
      <Controller
        control={control}
        name="paidAmount"
        render={({ field }) => (
          <TextInput
            ref={field.ref}
            name={field.name}
            label={t('fields.paidAmount', { currency })}
            description={t('fields.paidAmountHint', { example: writeAmount(12_950, format.locale) })}
            required
            inputMode="decimal"
            value={field.value}
            onChange={field.onChange}
            // Shown back in the language's own form once typed, as the amount will be read.
            onBlur={() => {
              const cents = typedAmountCents(field.value, format.locale);
              if (cents !== null) field.onChange(writeAmount(cents, format.locale));
              field.onBlur();
            }}
            error={message(errors.paidAmount?.message)}
          />
        )}
      />
      <TextInput
        label={t('fields.shopperBankReference')}
        description={t('fields.shopperBankReferenceHint')}
        required
        error={message(errors.shopperBankReference?.message)}
        {...register('shopperBankReference')}
      />
    </>
  );
}
