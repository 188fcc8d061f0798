import { Anchor, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { refName, typeLabel } from '../lib/operations';
import { DescriptionText } from './description-text';

type Schema = Record<string, unknown>;
type Props = {
  schema: Schema;
  /** The document's named shapes: a field that only names one reads its description from there. */
  shapes?: Record<string, Schema>;
};

/** The named shape a field refers to, directly or as the items of a list. */
function referencedName(schema: Schema): string | null {
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  const items = schema.items as Schema | undefined;
  return schema.type === 'array' && items && typeof items.$ref === 'string' ? refName(items.$ref) : null;
}

/** A field's type; a named shape is a link to it, further down the page (its name is its anchor). */
export function TypeText({ schema }: { schema: Schema }) {
  const name = referencedName(schema);
  if (name === null) return typeLabel(schema);
  return (
    <>
      <Anchor href={`#${name}`} inherit underline="always">
        {name}
      </Anchor>
      {typeof schema.$ref === 'string' ? '' : '[]'}
    </>
  );
}

/**
 * One named shape of the API: its fields, or, for a shape that is a single value (a code among
 * known ones), its description and the values it takes.
 */
export function SchemaTable({ schema, shapes = {} }: Props) {
  const { t } = useTranslation('apiReference');
  if (!schema.properties) {
    return (
      <Stack gap="xs">
        {typeof schema.description === 'string' && (
          <Text size="sm">
            <DescriptionText text={schema.description} />
          </Text>
        )}
        {Array.isArray(schema.enum) && (
          <Group gap={6} role="list" aria-label={t('values')}>
            {schema.enum.map((value) => (
              <Code key={String(value)} role="listitem">
                {String(value)}
              </Code>
            ))}
          </Group>
        )}
      </Stack>
    );
  }
  const properties = schema.properties as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const descriptionOf = (property: Schema) => {
    if (typeof property.description === 'string') return property.description;
    const name = referencedName(property);
    const shared = name === null ? undefined : shapes[name]?.description;
    return typeof shared === 'string' ? shared : null;
  };
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
          {Object.entries(properties).map(([name, property]) => {
            const description = descriptionOf(property);
            return (
              <Table.Tr key={name}>
                <Table.Td>
                  <Code>{name}</Code>
                  {!required.has(name) && <Text span size="xs" c="dimmed"> {t('optional')}</Text>}
                </Table.Td>
                <Table.Td>
                  <TypeText schema={property} />
                </Table.Td>
                <Table.Td>{description && <DescriptionText text={description} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
