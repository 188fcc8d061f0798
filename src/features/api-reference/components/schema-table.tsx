import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { typeLabel } from '../lib/operations';
import { DescriptionText } from './description-text';

type Props = { schema: Record<string, unknown> };

/** The fields of one named shape of the API. */
export function SchemaTable({ schema }: Props) {
  const { t } = useTranslation('apiReference');
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema.required ?? []) as string[]);
  return (
    <Table.ScrollContainer minWidth={480} type="native">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.name')}</Table.Th>
            <Table.Th scope="col">{t('columns.type')}</Table.Th>
            <Table.Th scope="col">{t('columns.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.entries(properties).map(([name, property]) => (
            <Table.Tr key={name}>
              <Table.Td>
                <Code>{name}</Code>
                {!required.has(name) && <Text span size="xs" c="dimmed"> {t('optional')}</Text>}
              </Table.Td>
              <Table.Td>{typeLabel(property)}</Table.Td>
              <Table.Td>{typeof property.description === 'string' && <DescriptionText text={property.description} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
