import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList, CardListItem } from '@/components/card-list';
import { useActivityText } from '../lib/use-activity-text';
import classes from './activity-cards.module.css';
import { ActivitySubject, ActivityWho, ActivityWorld } from './activity-parts';
import type { ActivityListProps } from './activity-table';

/** One labelled field of a card: the table's column header, then the value. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <dd>{children}</dd>
    </>
  );
}

/**
 * The log on a phone: one card per change, what it was (and its detail: a reason, an amount, a
 * role) first, then when, who, what it was made to and in which world, each under the name of the
 * table's column, which put all but the first two past the screen's edge.
 */
export function ActivityCards(props: ActivityListProps) {
  const { t } = useTranslation('activity');
  const text = useActivityText(props);
  return (
    <CardList label={t('table.caption')}>
      {props.items.map((item) => {
        const detail = text.detail(item);
        const link = text.subjectLink(item);
        return (
          <CardListItem key={item.id}>
            <Stack gap={6}>
              <div>
                <Text size="sm" fw={600}>
                  {t(`kinds.${item.kind}`)}
                </Text>
                {detail && (
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                    {detail}
                  </Text>
                )}
              </div>
              <dl className={classes.fields}>
                <Field label={t('table.when')}>
                  <Text size="sm">{text.when(item)}</Text>
                </Field>
                <Field label={t('table.who')}>
                  <ActivityWho actor={item.actor} />
                </Field>
                {(item.subject !== null || link) && (
                  <Field label={t('table.subject')}>
                    <ActivitySubject subject={text.subject(item)} link={link} />
                  </Field>
                )}
                <Field label={t('table.world')}>
                  <ActivityWorld mode={item.mode} />
                </Field>
              </dl>
            </Stack>
          </CardListItem>
        );
      })}
    </CardList>
  );
}
