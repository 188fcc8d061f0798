import { Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/contract/orders';
import { afterPointerRelease } from '@/lib/after-pointer-release';
import { useFormat } from '@/lib/format';
import { useMessage } from '@/lib/i18n';
import { lineReturnReasons, type ReduceForm } from '../api/reduce-order';
import { remainingQuantity } from '../lib/order-figures';
import { Select } from '@/components/select';

type Props = {
  order: OrderDetail;
  /** The form's rows, one per line that had items when the dialog opened, named by line id. */
  rows: { lineId: string }[];
  control: Control<ReduceForm>;
  errors: FieldErrors<ReduceForm>;
};

/**
 * One group per line that had items left: how many come back, and why. Each line stacks its own
 * fields, so the dialog fits a phone. Rows follow the form's line ids, so a fresh order (after a
 * refusal) can never shift a quantity onto another line.
 */
export function ReturnLinesFields({ order, rows, control, errors }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const idPrefix = useId();
  const money = (cents: number) => format.money(cents, order.currency);
  const message = useMessage();
  const reasons = lineReturnReasons.map((reason) => ({ value: reason, label: t(`actions.reasons.${reason}`) }));
  return (
    <Stack gap="xs">
      {rows.map(({ lineId }, index) => {
        const line = order.lines.find((candidate) => candidate.id === lineId);
        if (!line) return null;
        const titleId = `${idPrefix}-${index}`;
        const price = { quantity: line.quantity, unitPrice: money(line.unitPrice), discount: money(line.discount), total: money(line.lineTotal) };
        return (
          <Paper key={lineId} withBorder p="sm" radius="sm" role="group" aria-labelledby={titleId}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <div>
                <Text size="sm" fw={600} id={titleId}>
                  {line.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {line.articleNumber} · {t(line.discount ? 'reduce.linePriceDiscount' : 'reduce.linePrice', price)}
                </Text>
              </div>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {t('reduce.remainingCount', { count: remainingQuantity(line) })}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
              <Controller
                control={control}
                name={`lines.${index}.quantity`}
                // A quantity answers "at least one line" too: that message, on the lines as a whole, is checked again with it.
                rules={{ deps: ['lines'] }}
                render={({ field }) => (
                  // Text kept as typed: "1,5" or "-1" is said to be no whole number, not silently made 15 or 1.
                  <TextInput
                    ref={field.ref}
                    label={t('reduce.quantity')}
                    aria-label={t('reduce.quantityFor', { title: line.title })}
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="0"
                    value={String(field.value)}
                    onChange={(event) => field.onChange(event.currentTarget.value)}
                    onBlur={() => afterPointerRelease(field.onBlur)}
                    error={message(errors.lines?.[index]?.quantity?.message)}
                  />
                )}
              />
              <Controller
                control={control}
                name={`lines.${index}.reason`}
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    label={t('reduce.lineReason')}
                    aria-label={t('reduce.reasonFor', { title: line.title })}
                    placeholder={t('reduce.lineReasonSame')}
                    data={reasons}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    clearable
                    error={message(errors.lines?.[index]?.reason?.message)}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
            </SimpleGrid>
          </Paper>
        );
      })}
      {errors.lines?.root?.message || errors.lines?.message ? (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {message(errors.lines?.root?.message ?? errors.lines?.message)}
        </Text>
      ) : null}
    </Stack>
  );
}
