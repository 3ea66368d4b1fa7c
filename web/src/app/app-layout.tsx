import { AppShell, Badge, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Role } from '@console/shared';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { IamProjectSwitch } from '../features/auth/components/iam-project-switch.js';
import { ProjectSwitch, switchableProjects } from '../features/auth/components/project-switch.js';
import { SessionExpiryNotice } from '../features/auth/components/session-expiry-notice.js';
import { useSession, useSignOut } from '../features/auth/hooks/use-session.js';
import { paths } from '../config/paths.js';

const ROLE_COLORS: Record<Role, string> = { viewer: 'gray', operator: 'blue', admin: 'grape' };

/**
 * The console frame: header (product, project, user and — in the team portal — their role, Log
 * out) and the navigation bar (the audit trail for admins).
 */
export function AppLayout() {
  const [opened, { toggle }] = useDisclosure();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { signOut, pending } = useSignOut(() => navigate(paths.login.href(), { replace: true }));
  const role = session.data?.role;
  const switchable = switchableProjects(session.data).length > 0;

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
              <Text size="sm" c="dimmed" data-testid="session-info">
                {!switchable && (
                  <>
                    <Text span fw={600} c="dark">
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
                    title={`Your role in ${session.data.project.name}`}
                  >
                    {role}
                  </Badge>
                )}
              </Text>
            )}
            <Button variant="default" size="xs" onClick={signOut} loading={pending}>
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
        <NavLink
          component={Link}
          to={paths.obs.href()}
          label="Files (OBS)"
          active={pathname.startsWith(paths.obs.path)}
        />
        {role === 'admin' && (
          <NavLink
            component={Link}
            to={paths.audit.href()}
            label="Audit trail"
            active={pathname.startsWith(paths.audit.path)}
          />
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {session.data && (
          <SessionExpiryNotice expiresAt={session.data.expiresAt} onLogInAgain={signOut} />
        )}
        {/* a project switch remounts the page: its data is read anew in the new project */}
        <Outlet key={session.data?.project.id} />
      </AppShell.Main>
    </AppShell>
  );
}
