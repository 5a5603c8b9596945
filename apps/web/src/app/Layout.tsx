import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useAuth, useSession } from '../auth/AuthProvider';
import { isNational } from '../auth/session';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { navItemsFor } from './navigation';
import { provinceName } from '../reference/words';

/** The frame of every signed-in screen: header with the user and language, the role's menu. */
export function Layout() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const { user } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const provinces = isNational(user) ? t('signIn.national') : user.provinces.map((code) => provinceName(t, code)).join(', ');
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.label')} />
            <Title order={2} size="h4">
              <Link to="/" className="brand">
                {t('appName')}
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} visibleFrom="sm" align="flex-end">
              <Text size="sm" fw={500} data-testid="signed-in-user">
                {t('signIn.signedInAs', { name: user.name })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('signIn.scope', { role: t(`roles.${user.role}`), provinces })}
              </Text>
            </Stack>
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={() => signOut()}>
              {t('signIn.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" component="nav" aria-label={t('nav.label')}>
        <VisuallyHidden>
          <h2>{t('nav.label')}</h2>
        </VisuallyHidden>
        {navItemsFor(user.role).map((item) => (
          <NavLink key={item.to} component={RouterNavLink} to={item.to} label={t(item.label)} active={location.pathname.startsWith(item.to)} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
