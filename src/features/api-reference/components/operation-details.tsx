import { Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpenApiDocument, Operation } from '../api/get-openapi';
import { bodyShapes, isReference, refName } from '../lib/operations';
import { SchemaTable, TypeText } from './schema-table';
import { DescriptionText } from './description-text';

type Props = { operation: Operation; document: OpenApiDocument };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Record<string, unknown> };

/** A parameter, with a shared one (`$ref`) looked up in the document's components. */
function resolveParameter(parameter: Operation['parameters'][number], document: OpenApiDocument): Parameter | null {
  if (!isReference(parameter)) return parameter as Parameter;
  const shared = document.components.parameters[refName(parameter.$ref)];
  return shared && !isReference(shared) ? (shared as Parameter) : null;
}

/** Whether the operation is signed with one of the merchant's API keys rather than a session. */
const signedWithApiKey = (operation: Operation) =>
  operation.security?.some((requirement) => typeof requirement === 'object' && requirement !== null && 'apiKey' in requirement) ?? false;

/** What one operation takes and answers. */
export function OperationDetails({ operation, document }: Props) {
  const { t } = useTranslation('apiReference');
  const parameters = operation.parameters.map((parameter) => resolveParameter(parameter, document)).filter((parameter) => parameter !== null);
  const body = operation.requestBody?.content['application/json'];
  return (
    <Stack gap="sm">
      {operation.description && <Text size="sm" style={{ whiteSpace: 'pre-line' }}><DescriptionText text={operation.description} /></Text>}
      <Text size="sm" c="dimmed">
        {operation.security?.length === 0 ? t('noSignIn') : signedWithApiKey(operation) ? t('apiKey') : t('signIn')}
      </Text>
      {parameters.length > 0 && (
        <>
          <Title order={4}>{t('parameters')}</Title>
          <Table.ScrollContainer minWidth={560} type="native">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('columns.in')}</Table.Th>
                  <Table.Th scope="col">{t('columns.type')}</Table.Th>
                  <Table.Th scope="col">{t('columns.description')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {parameters.map((parameter) => (
                  <Table.Tr key={`${parameter.in}:${parameter.name}`}>
                    <Table.Td>
                      <Code>{parameter.name}</Code>
                      {parameter.required && <Text span size="xs" c="dimmed"> {t('required')}</Text>}
                    </Table.Td>
                    <Table.Td>{parameter.in}</Table.Td>
                    <Table.Td>{parameter.schema && <TypeText schema={parameter.schema} />}</Table.Td>
                    <Table.Td>{parameter.description && <DescriptionText text={parameter.description} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {body && (
        <>
          <Title order={4}>{t('requestBody')}</Title>
          {bodyShapes(body.schema).map((shape, index, shapes) => (
            <Stack key={index} gap={4}>
              {shapes.length > 1 && <Text size="sm">{t('oneOf', { number: index + 1, count: shapes.length })}</Text>}
              <SchemaTable schema={shape} shapes={document.components.schemas} />
            </Stack>
          ))}
          {body.example !== undefined && (
            <Code block aria-label={t('example')}>
              {JSON.stringify(body.example, null, 2)}
            </Code>
          )}
        </>
      )}
      <Title order={4}>{t('responses')}</Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.description')}</Table.Th>
            <Table.Th scope="col">{t('columns.type')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.entries(operation.responses).map(([status, listed]) => {
            const found = isReference(listed) ? document.components.responses[refName(listed.$ref)] : listed;
            const response = found && !isReference(found) ? (found as { description: string; content?: Record<string, { schema?: Record<string, unknown> }> }) : undefined;
            const content = response?.content;
            const [type, media] = Object.entries(content ?? {})[0] ?? [];
            return (
              <Table.Tr key={status}>
                <Table.Td>
                  <Code>{status === 'default' ? '5xx' : status}</Code>
                </Table.Td>
                <Table.Td>{response?.description && <DescriptionText text={response.description} />}</Table.Td>
                <Table.Td>
                  {type}
                  {media?.schema && (
                    <>
                      : <TypeText schema={media.schema} />
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
