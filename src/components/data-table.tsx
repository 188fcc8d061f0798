import { Table, type MantineSpacing } from '@mantine/core';
import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table';
import type { CSSProperties, ReactNode } from 'react';

type Props<TFeatures extends TableFeatures, TData extends RowData> = {
  table: ReactTable<TFeatures, TData>;
  /** Column ids whose figures align right. */
  numericColumns?: ReadonlySet<string>;
  caption?: ReactNode;
  labelledBy?: string;
  striped?: boolean;
  /** The cells' padding on either side: Mantine's `xs` unless a narrow screen needs less. */
  horizontalSpacing?: MantineSpacing;
};

const figures: CSSProperties = { fontVariantNumeric: 'tabular-nums' };

/** A TanStack table drawn with Mantine's table: headers, then one row per record, figures aligned. */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  numericColumns,
  caption,
  labelledBy,
  striped = true,
  horizontalSpacing,
}: Props<TFeatures, TData>) {
  const align = (id: string) => (numericColumns?.has(id) ? 'right' : undefined);
  return (
    <Table striped={striped} horizontalSpacing={horizontalSpacing} aria-labelledby={labelledBy} style={figures}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <Table.Th key={header.id} ta={align(header.id)}>
                <table.FlexRender header={header} />
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <Table.Td key={cell.id} ta={align(cell.column.id)}>
                <table.FlexRender cell={cell} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
