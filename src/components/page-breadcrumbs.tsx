import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back from a page to its section's list, as a named navigation that marks where the user is. */
export function PageBreadcrumbs({ parent, current }: { parent: { to: string; label: string }; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('breadcrumbs')}>
      <Breadcrumbs>
        <Anchor component={Link} to={parent.to}>
          {parent.label}
        </Anchor>
        <Text aria-current="page">{current}</Text>
      </Breadcrumbs>
    </nav>
  );
}
