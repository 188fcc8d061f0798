import { NavLink, Text } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { showsView, useSavedViews } from '@/features/orders/lib/saved-views';
import { orderPaths } from '@/features/orders/paths';
import { useCurrentUserKey } from '@/lib/current-user';

/** The user's saved views of the orders, in the navigation under the sections; the one on screen is current. */
export function SavedViewLinks({ onFollow }: { onFollow: () => void }) {
  const { t } = useTranslation('shell');
  const { pathname, search } = useLocation();
  const { views, open } = useSavedViews(useCurrentUserKey());
  const labelId = useId();
  if (views.length === 0) return null;
  return (
    <div role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
        {t('nav.savedViews')}
      </Text>
      {views.map((view) => {
        const current = pathname === orderPaths.list() && showsView(view, search);
        return (
          <NavLink
            key={view.id}
            component={Link}
            to={orderPaths.list(new URLSearchParams(view.search))}
            label={view.name}
            active={current}
            aria-current={current ? 'page' : undefined}
            leftSection={<IconBookmark size={16} aria-hidden />}
            onClick={() => {
              open(view);
              onFollow();
            }}
          />
        );
      })}
    </div>
  );
}
