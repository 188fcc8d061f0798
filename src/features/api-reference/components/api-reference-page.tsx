import { Accordion, Anchor, Badge, Button, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOpenFromAddress } from '../lib/use-open-from-address';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/query-states';
import { saveFile } from '@/lib/save-file';
import { useOpenApi } from '../api/get-openapi';
import { operationsByTag, sectionId } from '../lib/operations';
import { OperationDetails } from './operation-details';
import { SchemaTable } from './schema-table';
import { DescriptionText } from './description-text';
import classes from './api-reference-page.module.css';

const methodColors: Record<string, string> = { get: 'blue', post: 'green', put: 'orange', delete: 'red' };

/** The API's OpenAPI document, read as a reference: every operation, then every shape. */
export function ApiReferencePage() {
  const { t } = useTranslation('apiReference');
  const openApi = useOpenApi();
  const groups = openApi.data ? operationsByTag(openApi.data) : [];
  const shapes = openApi.data ? Object.keys(openApi.data.components.schemas) : [];
  // An operation or a shape named in the address (#createReduction, #OrderDetail) opens, and is shown.
  const [opened, setOpened] = useOpenFromAddress([...groups.flatMap(({ operations }) => operations.map(({ operation }) => operation.operationId)), ...shapes]);
  // The document as the API answered it, for tools that read OpenAPI (code generators, viewers).
  const download = () => {
    const blob = new Blob([JSON.stringify(openApi.data, null, 2)], { type: 'application/json' });
    saveFile({ blob, filename: 'openapi.json' });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={download} disabled={!openApi.data}>
            {t('download')}
          </Button>
        }
      />
      {openApi.isPending ? (
        <LoadingState label={t('loading')} />
      ) : openApi.isError ? (
        <ErrorState error={openApi.error} onRetry={() => void openApi.refetch()} />
      ) : (
        <>
          <Paper withBorder p="md" radius="md">
            <Text fw={600}>
              {openApi.data.info.title} {openApi.data.info.version} · OpenAPI {openApi.data.openapi}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              <DescriptionText text={openApi.data.info.description ?? ''} />
            </Text>
          </Paper>
          <nav aria-labelledby="api-contents">
            <Title order={2} size="h4" id="api-contents" mb={4}>
              {t('contents')}
            </Title>
            <List size="sm" spacing={2}>
              {groups.map(({ tag, operations }) => (
                <List.Item key={tag}>
                  <Anchor href={`#${sectionId(tag)}`} inherit>
                    {tag}
                  </Anchor>{' '}
                  <Text component="span" size="sm" c="dimmed">
                    {t('operationCount', { count: operations.length })}
                  </Text>
                </List.Item>
              ))}
              <List.Item>
                <Anchor href="#api-schemas" inherit>
                  {t('schemas')}
                </Anchor>
              </List.Item>
            </List>
          </nav>
          {groups.map(({ tag, description, operations }) => (
            <section key={tag} aria-labelledby={sectionId(tag)}>
              <Title order={2} size="h3" id={sectionId(tag)} mb={4} className={classes.landing}>
                {tag}
              </Title>
              {description && (
                <Text size="sm" c="dimmed" mb="xs">
                  <DescriptionText text={description} />
                </Text>
              )}
              <Accordion variant="separated" multiple order={3} value={opened} onChange={setOpened}>
                {operations.map(({ method, path, operation }) => (
                  <Accordion.Item key={operation.operationId} value={operation.operationId} id={operation.operationId} className={classes.landing}>
                    <Accordion.Control>
                      <Group gap="sm" wrap="nowrap">
                        <Badge color={methodColors[method] ?? 'gray'} variant="light" w={70}>
                          {method.toUpperCase()}
                        </Badge>
                        {/* A long path wraps on a narrow screen rather than scrolling inside the button. */}
                        <Code style={{ overflowWrap: 'anywhere' }}>{path}</Code>
                        <Text size="sm" visibleFrom="sm">
                          {operation.summary}
                        </Text>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <OperationDetails operation={operation} document={openApi.data} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </section>
          ))}
          <section aria-labelledby="api-schemas">
            <Title order={2} size="h3" id="api-schemas" mb="xs" className={classes.landing}>
              {t('schemas')}
            </Title>
            <Accordion variant="separated" multiple order={3} value={opened} onChange={setOpened}>
              {Object.entries(openApi.data.components.schemas).map(([name, schema]) => (
                <Accordion.Item key={name} value={name} id={name} className={classes.landing}>
                  <Accordion.Control>
                    <Code>{name}</Code>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <SchemaTable schema={schema} shapes={openApi.data.components.schemas} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </section>
        </>
      )}
    </Stack>
  );
}
