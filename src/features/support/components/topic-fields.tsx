import { TextInput } from '@mantine/core';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { DateField } from '@/components/date-field';
import { limits } from '@/contract/common';
import { writeAmount } from '@/contract/intl-formats';
import { useTranslation } from 'react-i18next';
import { amountExamples, typedAmountCents } from '@/lib/amount-text';
import { useFormat } from '@/lib/format';
import type { TicketForm } from '../api/ticket-form';
import { extensionRefusal, localToday, refusalMessages, type OrderTerm } from '../lib/extension-range';

type FieldProps = {
  register: UseFormRegister<TicketForm>;
  errors: FieldErrors<TicketForm>;
  message: (key?: string, values?: Record<string, string>) => string | undefined;
};

/**
 * A date of the form, typed in the language's order or picked. The calendar offers only the days
 * `offered` accepts; a day typed outside them is kept, for the form's check to say what is wrong.
 */
function FormDate({ control, name, label, description, error, offered, opensOn }: {
  control: Control<TicketForm>;
  name: 'wishedDueDate' | 'paymentDate';
  label: string;
  description?: string;
  error?: string;
  offered: (day: string) => boolean;
  opensOn?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateField
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          required
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          excludeDate={(day) => !offered(day)}
          defaultDate={opensOn}
          error={error}
        />
      )}
    />
  );
}

/**
 * The new due date of a payment-term extension: a date picker bounded as the API bounds it once the
 * order is known, and saying so when that order has no due date to move.
 */
export function ExtensionFields({ errors, message, control, order }: FieldProps & { control: Control<TicketForm>; order: OrderTerm | undefined }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  const today = localToday();
  const range = order?.dueDateExtension ?? null;
  const refusal = order ? extensionRefusal(order) : null;
  // Under the label: the days the field takes, or why it takes none, unless the reference's own
  // message says that already.
  const hint = () => {
    if (range) return t('fields.wishedDueDateRange', { min: format.date(range.from), max: format.date(range.to) });
    if (refusal && errors.orderReference) return undefined;
    if (refusal === 'nothing-to-pay') return t('fields.wishedDueDateNoDue');
    if (refusal) return t(refusalMessages[refusal]);
    return t('fields.wishedDueDateHint');
  };
  return (
    <FormDate
      control={control}
      name="wishedDueDate"
      label={t('fields.wishedDueDate')}
      description={hint()}
      offered={(day) => (range ? day >= range.from && day <= range.to : day > today)}
      opensOn={range?.from}
      error={message(errors.wishedDueDate?.message)}
    />
  );
}

/** What a missing payment needs: when the shopper paid, how much, and the reference their bank shows. */
export function MissingPaymentFields({ register, errors, message, control, currency }: FieldProps & { control: Control<TicketForm>; currency: string }) {
  const { t } = useTranslation('support');
  const format = useFormat();
  return (
    <>
      <FormDate
        control={control}
        name="paymentDate"
        label={t('fields.paymentDate')}
        offered={(day) => day <= localToday()}
        error={message(errors.paymentDate?.message)}
      />
      <Controller
        control={control}
        name="paidAmount"
        render={({ field }) => (
          <TextInput
            ref={field.ref}
            name={field.name}
            label={t('fields.paidAmount', { currency })}
            description={t('fields.paidAmountHint', { example: writeAmount(12_950, format.locale, currency) })}
            required
            inputMode="decimal"
            value={field.value}
            onChange={field.onChange}
            // Shown back in the language's own form once typed, as the amount will be read.
            onBlur={() => {
              const cents = typedAmountCents(field.value, format.locale, currency);
              if (cents !== null) field.onChange(writeAmount(cents, format.locale, currency));
              field.onBlur();
            }}
            error={message(errors.paidAmount?.message, { ...amountExamples(format.locale, currency), largest: format.money(limits.requestAmountMax, currency) })}
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
