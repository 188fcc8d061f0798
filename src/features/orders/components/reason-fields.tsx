import { Textarea } from '@mantine/core';
import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { afterPointerRelease } from '@/lib/after-pointer-release';
import { useMessage } from '@/lib/i18n';
import type { ReasonCode } from '../api/reduce-order';
import { Select } from '@/components/select';

type ReasonFields = { reasonChoice?: string; reasonText: string };

type Props<Form extends FieldValues & ReasonFields> = {
  control: Control<Form>;
  /** The reasons offered, each labelled from `actions.reasons`. */
  reasons: readonly ReasonCode[];
  errors: FieldErrors<ReasonFields>;
  /** The dialog opens on the reason, its first field. */
  autoFocus?: boolean;
};

/**
 * A reason from the list plus free text: required choice, text required for "other". A note past
 * its length is kept whole and marked (the form's schema says the limit) rather than cut where it was pasted.
 */
export function ReasonFields<Form extends FieldValues & ReasonFields>({ control, reasons, errors, autoFocus = false }: Props<Form>) {
  const { t } = useTranslation('orders');
  const message = useMessage();
  return (
    <>
      <Controller
        control={control}
        name={'reasonChoice' as Path<Form>}
        render={({ field }) => (
          <Select
            ref={field.ref}
            label={t('actions.reason')}
            placeholder={t('actions.reasonPlaceholder')}
            required
            data={reasons.map((reason) => ({ value: reason, label: t(`actions.reasons.${reason}`) }))}
            value={(field.value as string | undefined) ?? null}
            onChange={(value) => field.onChange(value ?? undefined)}
            onBlur={() => afterPointerRelease(field.onBlur)}
            error={message(errors.reasonChoice?.message)}
            comboboxProps={{ withinPortal: true }}
            data-autofocus={autoFocus || undefined}
          />
        )}
      />
      <Controller
        control={control}
        name={'reasonText' as Path<Form>}
        render={({ field }) => (
          <Textarea
            label={t('actions.reasonText')}
            description={t('actions.reasonTextHint')}
            autosize
            minRows={2}
            {...field}
            onBlur={() => afterPointerRelease(field.onBlur)}
            value={field.value as string}
            error={message(errors.reasonText?.message)}
          />
        )}
      />
    </>
  );
}
