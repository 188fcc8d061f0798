import { ActionIcon, Anchor, Group, Popover, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SegmentedChoice } from '@/components/segmented-choice';
import { accountPaths } from '@/features/account/paths';
import type { Session } from '@/features/auth';
import { setDataMode, useDataMode, type DataMode } from '@/lib/data-mode';
import { can } from '@/lib/permissions';

export function ModeSwitch({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const mode = useDataMode();
  const labelId = useId();
  const whyId = useId();
  // Live data is there once the merchant's security check has passed.
  const liveOpen = session.merchant.securityCheck === 'passed';
  const why = t(`mode.liveLocked.${session.merchant.securityCheck === 'in-review' ? 'inReview' : 'notRequested'}`);
  return (
    <Group gap={4} wrap="nowrap">
      <VisuallyHidden id={labelId}>{t('mode.label')}</VisuallyHidden>
      {!liveOpen && <VisuallyHidden id={whyId}>{why}</VisuallyHidden>}
      <SegmentedChoice<DataMode>
        labelledBy={labelId}
        describedBy={liveOpen ? undefined : whyId}
        value={mode}
        onChange={setDataMode}
        tone={mode === 'test' ? 'warning' : 'brand'}
        options={[
          { value: 'live', label: t('mode.live'), disabled: !liveOpen },
          { value: 'test', label: t('mode.test') },
        ]}
      />
      {!liveOpen && (
        <Popover width={300} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
          <Popover.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('mode.why')}>
              <IconLock size={18} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('mode.liveLocked.title')}
              </Text>
              <Text size="sm">{why}</Text>
              {can(session.user.role, 'account:manage') && (
                <Anchor component={Link} to={accountPaths.credentials()} size="sm">
                  {t('mode.liveLocked.link')}
                </Anchor>
              )}
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
