import { NumberInput, Select, Table, Text } from '@mantine/core';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { cancelReasons } from '../api/cancel-order';
import type { OrderDetail } from '../api/get-order';
import type { ReduceForm } from '../api/reduce-order';
import { remainingQuantity } from '../lib/order-figures';

type Props = {
  order: OrderDetail;
  /** The form's rows, one per line that had items when the dialog opened, named by line id. */
  rows: { lineId: string }[];
  control: Control<ReduceForm>;
  errors: FieldErrors<ReduceForm>;
};

/**
 * One row per line that had items left: how many come back, and why. Rows follow the form's line
 * ids, so a fresh order (after a refusal) can never shift a quantity onto another line.
 */
export function ReturnLinesFields({ order, rows, control, errors }: Props) {
  const { t } = useTranslation('orders');
  const format = useFormat();
  const message = (key?: string) => (key ? t(key, { defaultValue: key }) : undefined);
  return (
    <>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lines.title')}</Table.Th>
            <Table.Th>{t('reduce.remaining')}</Table.Th>
            <Table.Th>{t('reduce.quantity')}</Table.Th>
            <Table.Th>{t('reduce.lineReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ lineId }, index) => {
            const line = order.lines.find((candidate) => candidate.id === lineId);
            if (!line) return null;
            return (
              <Table.Tr key={lineId}>
                <Table.Td>
                  <Text size="sm">{line.title}</Text>
                  <Text size="xs" c="dimmed">
                    {line.articleNumber} · {format.money(line.lineTotal, order.currency)}
                  </Text>
                </Table.Td>
                <Table.Td>{remainingQuantity(line)}</Table.Td>
                <Table.Td>
                  <Controller
                    control={control}
                    name={`lines.${index}.quantity`}
                    render={({ field }) => (
                      <NumberInput
                        aria-label={t('reduce.quantityFor', { title: line.title })}
                        min={0}
                        allowDecimal={false}
                        allowNegative={false}
                        w={90}
                        value={field.value}
                        onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
                        onBlur={field.onBlur}
                        error={message(errors.lines?.[index]?.quantity?.message)}
                      />
                    )}
                  />
                </Table.Td>
                <Table.Td>
                  <Controller
                    control={control}
                    name={`lines.${index}.reason`}
                    render={({ field }) => (
                      <Select
                        aria-label={t('reduce.reasonFor', { title: line.title })}
                        placeholder={t('actions.reasonPlaceholder')}
                        data={cancelReasons.map((reason) => ({ value: reason, label: t(`actions.reasons.${reason}`) }))}
                        value={field.value || null}
                        onChange={(value) => field.onChange(value ?? '')}
                        clearable
                        error={message(errors.lines?.[index]?.reason?.message)}
                        comboboxProps={{ withinPortal: true }}
                      />
                    )}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {errors.lines?.root?.message || errors.lines?.message ? (
        <Text c="red.8" size="sm" role="alert">
          {message(errors.lines?.root?.message ?? errors.lines?.message)}
        </Text>
      ) : null}
    </>
  );
}
