import { AppShell, Badge, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { Role } from '@console/shared';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { Outlet, useNavigate } from 'react-router';
import { IamProjectSwitch } from '../features/auth/components/iam-project-switch.js';
import { ProjectSwitch, switchableProjects } from '../features/auth/components/project-switch.js';
import { SessionExpiryNotice } from '../features/auth/components/session-expiry-notice.js';
import { useSession, useSignOut } from '../features/auth/hooks/use-session.js';
import { paths } from '../config/paths.js';
import { AppNavbar } from './app-navbar.js';
import { ColorSchemeToggle } from './color-scheme-toggle.js';
import { ConsoleShortcuts } from './shortcuts/console-shortcuts.js';
import { LanguageSwitch } from './language-switch.js';
import { msg } from '../lib/i18n/msg.js';

const ROLE_COLORS: Record<Role, string> = { viewer: 'gray', operator: 'blue', admin: 'grape' };
const ROLE_NAMES: Record<Role, string> = {
  viewer: msg('viewer'),
  operator: msg('operator'),
  admin: msg('admin'),
};

/**
 * The console frame: header (product, project, user and — in the team portal — their role, Log
 * out) and the navigation bar (the audit trail for admins).
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  // Mantine's md breakpoint (62em): the navigation is beside the page from there, else a drawer
  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const session = useSession();
  const navigate = useNavigate();
  const { signOut, pending } = useSignOut(() => navigate(paths.login.href(), { replace: true }));
  const role = session.data?.role;
  const switchable = switchableProjects(session.data).length > 0;

  return (
    <AppShell
      header={{ height: 56 }}
      // below 992 px (a 768 px tablet) the navigation folds behind the burger: the list keeps its width
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('Toggle navigation')}
              aria-controls="main-navigation"
              aria-expanded={opened}
            />
            <Text fw={700} size="lg" c="indigo" style={{ whiteSpace: 'nowrap' }}>
              {t('ModelArts Console')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {session.data && switchable && (
              <ProjectSwitch
                session={session.data}
                onSwitched={() => navigate(paths.jobs.href())}
              />
            )}
            {session.data && !session.data.role && (
              <IamProjectSwitch
                session={session.data}
                onSwitched={() => navigate(paths.jobs.href())}
              />
            )}
            {session.data && (
              <Text
                size="sm"
                c="dimmed"
                data-testid="session-info"
                component="div"
                visibleFrom="sm"
              >
                {!switchable && (
                  <>
                    <Text span fw={600} c="bright">
                      {session.data.project.name}
                    </Text>{' '}
                    ·{' '}
                  </>
                )}
                {session.data.user}
                {role && (
                  <Badge
                    ml={6}
                    size="sm"
                    variant="light"
                    color={ROLE_COLORS[role]}
                    tt="none"
                    data-testid="session-role"
                    title={t('Your role in {{project}}', { project: session.data.project.name })}
                  >
                    {t(ROLE_NAMES[role])}
                  </Badge>
                )}
              </Text>
            )}
            <ConsoleShortcuts onEscape={close} />
            <LanguageSwitch />
            <ColorSchemeToggle />
            <Button variant="default" size="xs" onClick={signOut} loading={pending}>
              {t('Log out')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppNavbar showAudit={role === 'admin'} onNavigate={close} folded={!wide && !opened} />
      <AppShell.Main bg="var(--console-page-bg)">
        {session.data && (
          <SessionExpiryNotice expiresAt={session.data.expiresAt} onLogInAgain={signOut} />
        )}
        {/* a project switch remounts the page: its data is read anew in the new project */}
        <Outlet key={session.data?.project.id} />
      </AppShell.Main>
    </AppShell>
  );
}
