import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconHourglass, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoLiveChecklist, SecurityCheck } from '@/contract/account';
import { ErrorState } from '@/components/query-states';
import { env } from '@/lib/env';
import { useFormat } from '@/lib/format';
import { useSecurityCheckChange } from '../api/request-security-check';
import { accountPaths } from '../paths';

type Props = { check: SecurityCheck; ordersPath: string; onChange?: (check: SecurityCheck) => void };

const done = (
  <ThemeIcon color="green" size={22} radius="xl" variant="light">
    <IconCircleCheck size={16} aria-hidden />
  </ThemeIcon>
);
const open = (
  <ThemeIcon color="gray" size={22} radius="xl" variant="light">
    <IconCircleDashed size={16} aria-hidden />
  </ThemeIcon>
);

/** Until the security check has passed: what is done, what is left, and the request; in the demo, a way to end the review at once. */
export function GoLiveCard({ check, ordersPath, onChange }: Props) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const change = useSecurityCheckChange({ onSuccess: onChange });
  const links: Record<keyof GoLiveChecklist, string> = {
    companyDetails: accountPaths.billingDetails(),
    payoutAccount: accountPaths.payoutAccount(),
    testOrder: ordersPath,
  };
  const items = Object.keys(links) as (keyof GoLiveChecklist)[];
  const ready = items.every((item) => check.checklist[item]);

  // The button pressed is gone once the check moves on: the focus goes to what now says where it stands.
  const heading = useRef<HTMLHeadingElement>(null);
  const passed = useRef<HTMLDivElement>(null);
  const shownState = useRef(check.state);
  useEffect(() => {
    if (shownState.current === check.state) return;
    shownState.current = check.state;
    (check.state === 'passed' ? passed : heading).current?.focus();
  }, [check.state]);

  if (check.state === 'passed') {
    return (
      <Alert ref={passed} tabIndex={-1} color="green" icon={<IconShieldCheck aria-hidden />} title={t('goLive.passedTitle')}>
        {t('goLive.passed', { date: check.passedOn ? format.date(check.passedOn) : '' })}
      </Alert>
    );
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4" ref={heading} tabIndex={-1}>
          {t('goLive.title')}
        </Title>
        <Text size="sm">{t('goLive.explain')}</Text>
        <List spacing="xs" center>
          {items.map((item) => (
            <List.Item key={item} icon={check.checklist[item] ? done : open}>
              <Text size="sm" span>
                {t(`goLive.items.${item}`)}
                {': '}
              </Text>
              {check.checklist[item] ? (
                <Text size="sm" span>
                  {t('goLive.done')}
                </Text>
              ) : (
                <Anchor component={Link} to={links[item]} size="sm">
                  {t(`goLive.todo.${item}`)}
                </Anchor>
              )}
            </List.Item>
          ))}
          <List.Item icon={check.state === 'in-review' ? <IconHourglass size={20} aria-hidden /> : open}>
            <Text size="sm" span>
              {t('goLive.items.securityCheck')}
              {': '}
              {check.state === 'in-review' && check.expectedOn ? t('goLive.inReview', { date: format.date(check.expectedOn) }) : t('goLive.notRequested')}
            </Text>
          </List.Item>
        </List>
        {change.isError && <ErrorState error={change.error} />}
        <Group>
          {check.state === 'not-requested' &&
            (ready ? (
              <Button loading={change.isPending && change.variables === 'request'} onClick={() => change.mutate('request')}>
                {t('goLive.request')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('goLive.notReady')}
              </Text>
            ))}
        </Group>
        {/* Beside the rule above, the demo's shortcut says that it is one, not a way round the checklist. */}
        {env.mocksEnabled && (
          <Group gap="sm">
            <Button variant="light" loading={change.isPending && change.variables === 'pass'} onClick={() => change.mutate('pass')} aria-describedby="pass-now-hint">
              {t('goLive.passNow')}
            </Button>
            <Text size="sm" c="dimmed" id="pass-now-hint">
              {t('goLive.passNowHint')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
