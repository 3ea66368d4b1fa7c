import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { SessionExpiryNotice } from '../features/auth/components/session-expiry-notice.js';
import { useLogout, useSession } from '../features/auth/hooks/use-session.js';
import { paths } from '../config/paths.js';

/** The console frame: header (product, project, user, Log out) and the navigation bar. */
export function AppLayout() {
  const [opened, { toggle }] = useDisclosure();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const onLogout = () =>
    logout.mutate(undefined, { onSettled: () => navigate(paths.login.href(), { replace: true }) });

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={700} size="lg" c="indigo.7">
              ModelArts Console
            </Text>
          </Group>
          <Group gap="md">
            {session.data && (
              <Text size="sm" c="dimmed" data-testid="session-info">
                <Text span fw={600} c="dark">
                  {session.data.project.name}
                </Text>{' '}
                · {session.data.user}
              </Text>
            )}
            <Button variant="default" size="xs" onClick={onLogout} loading={logout.isPending}>
              Log out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <NavLink
          component={Link}
          to={paths.jobs.href()}
          label="Training jobs"
          active={pathname.startsWith(paths.jobs.path)}
        />
        <NavLink
          component={Link}
          to={paths.configs.href()}
          label="Configurations"
          active={pathname.startsWith(paths.configs.path)}
        />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {session.data && (
          <SessionExpiryNotice expiresAt={session.data.expiresAt} onLogInAgain={onLogout} />
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
