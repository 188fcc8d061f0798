import { AppShell, Badge, Burger, Group, NavLink, Stack, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconApi, IconFileInvoice, IconLifebuoy, IconListDetails, IconSettings } from '@tabler/icons-react';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterNavLink } from 'react-router';
import { accountPaths } from '@/features/account/paths';
import type { Session } from '@/features/auth';
import { apiReferencePaths } from '@/features/api-reference/paths';
import { StorageBanner } from '@/features/demo';
import { orderPaths } from '@/features/orders/paths';
import { statementPaths } from '@/features/statements/paths';
import { supportPaths } from '@/features/support/paths';
import { useUnreadTicketCount } from '@/features/support/unread';
import { can } from '@/lib/permissions';
import { saveFile } from '@/lib/save-file';
import { useElementHeight } from '@/lib/use-element-height';
import { LanguageMenu } from './language-menu';
import { ModeSwitch } from './mode-switch';
import { PaletteLauncher } from './palette-launcher';
import { palettePages } from './palette-pages';
import { SavedViewLinks } from './saved-view-links';
import classes from './shell.module.css';
import { Shortcuts } from './shortcuts';
import { TestModeBanner } from './test-mode-banner';
import { UserMenu } from './user-menu';

/**
 * Header, navigation and the test-data banner around every signed-in page, which shows in its
 * outlet. Memoised on the session: a new address renders the page, not the whole frame again.
 */
export const AppFrame = memo(function AppFrame({ session }: { session: Session }) {
  const { t } = useTranslation('shell');
  const [navOpen, { toggle, close }] = useDisclosure();
  // On a small screen the closed navigation is only slid out of view: it must leave the Tab order too.
  const theme = useMantineTheme();
  // Read before the first paint: read in an effect, it would render the frame a second time.
  const smallScreen = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false });
  const navHidden = smallScreen && !navOpen;
  // Open on a small screen, the navigation covers the page: Escape closes it, back to its toggle.
  const navOverPage = smallScreen && navOpen;
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!navOverPage) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [navOverPage, close]);
  // The banner belongs to the fixed header, which grows by its height: it never covers a control.
  const { ref: bannerRef, height: bannerHeight } = useElementHeight<HTMLDivElement>();
  // Each section with the letter that goes there after "g" (support: "p", as in provider).
  const links = [
    { id: 'orders' as const, to: orderPaths.list(), label: t('nav.orders'), icon: IconListDetails, allowed: true, key: 'o' },
    { id: 'statements' as const, to: statementPaths.list(), label: t('nav.statements'), icon: IconFileInvoice, allowed: can(session.user.role, 'statements:read'), key: 's' },
    { id: 'support' as const, to: supportPaths.page(), label: t('nav.support'), icon: IconLifebuoy, allowed: can(session.user.role, 'support:write'), key: 'p' },
    // Where an admin finds the team, the keys and the account, as in the best portals, not only in the user menu.
    { id: 'settings' as const, to: accountPaths.settings(), label: t('titles.settings'), icon: IconSettings, allowed: can(session.user.role, 'account:read'), key: null },
    { id: 'apiReference' as const, to: apiReferencePaths.page(), label: t('nav.apiReference'), icon: IconApi, allowed: true, key: null },
  ];
  // The palette offers each settings page by its own name rather than the settings as one.
  const palettePagesOf = links.filter((link) => link.allowed).flatMap((link) => (link.id === 'settings' ? [] : [link]));
  const goTo = links.flatMap(({ to, label, allowed, key }) => (allowed && key ? [{ key, to, label }] : []));

  return (
    <AppShell header={{ height: 60 + bannerHeight }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <Shortcuts goTo={goTo} />
      <a href="#main" className={classes.skipLink}>
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        {/* At 320 px every control keeps its whole target: the gaps and margins narrow first. */}
        <Group h={60} px={{ base: 'xs', xs: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
          {/* On a narrow screen the merchant's name gives way, cut short on one line, before the controls do. */}
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              ref={toggleRef}
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? t('nav.close') : t('nav.open')}
              aria-expanded={navOpen}
              aria-controls="main-navigation"
              style={{ flexShrink: 0 }}
            />
            {/* On a phone the controls on the right need the room more than the brand does. */}
            <Text className={classes.brand} size="xl" visibleFrom="xs">
              {t('appName')}
            </Text>
            <Stack gap={0} visibleFrom="sm" miw={0}>
              <Text size="sm" fw={600} truncate="end" title={session.merchant.name}>
                {session.merchant.name}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {t('merchant', { id: session.merchant.id })}
              </Text>
            </Stack>
          </Group>
          <Group gap={4} className={classes.headerControls} wrap="nowrap">
            <PaletteLauncher session={session} pages={palettePages(session.user.role, palettePagesOf, t)} />
            <ModeSwitch session={session} />
            <LanguageMenu />
            <UserMenu session={session} />
          </Group>
        </Group>
        <div ref={bannerRef}>
          <TestModeBanner />
        </div>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} component="nav" id="main-navigation" inert={navHidden}>
        {links
          .filter((link) => link.allowed)
          .map((link) =>
            link.id === 'support' ? <SupportLink key={link.to} link={link} onClick={close} /> : <SectionLink key={link.to} link={link} onClick={close} />,
          )}
        <SavedViewLinks onFollow={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} inert={navOverPage}>
        <Stack pt="md">
          <StorageBanner canDiscard={can(session.user.role, 'demo:reset')} onSave={saveFile} />
          <Outlet context={session} />
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
});

type SectionLinkProps = {
  link: { to: string; label: string; icon: typeof IconApi };
  /** Replies nobody has opened yet, said in the link's name and shown as a badge. */
  count?: number;
  onClick: () => void;
};

function SectionLink({ link, count = 0, onClick }: SectionLinkProps) {
  const { t } = useTranslation('shell');
  return (
    <NavLink
      component={RouterNavLink}
      to={link.to}
      label={link.label}
      aria-label={count > 0 ? `${link.label}, ${t('nav.unread', { count })}` : undefined}
      leftSection={<link.icon size={18} aria-hidden />}
      rightSection={
        count > 0 && (
          <Badge size="sm" circle aria-hidden>
            {count}
          </Badge>
        )
      }
      onClick={onClick}
    />
  );
}

/**
 * Support answers arrive while the app is open: the link counts the replies nobody has opened yet.
 * The count is read here, so that its arrival (on every load) renders this link, not the whole frame.
 */
function SupportLink(props: Omit<SectionLinkProps, 'count'>) {
  return <SectionLink {...props} count={useUnreadTicketCount()} />;
}
