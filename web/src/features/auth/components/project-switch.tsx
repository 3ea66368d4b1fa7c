import { Select } from '@mantine/core';
import type { SessionInfo } from '@console/shared';
import { notifyError } from '../../../lib/notify-error.js';
import { useSwitchProject } from '../hooks/use-session.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The projects a portal session may switch to: more than one, each with the person's role. */
export function switchableProjects(session: SessionInfo | null | undefined) {
  const roles = session?.role ? session.roles : undefined;
  if (!roles || Object.keys(roles).length < 2) return [];
  return Object.entries(roles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([project, role]) => ({ value: project, label: project, role }));
}

/**
 * Team portal: the header's project select (only when the person has a role in several projects).
 * A switch replaces the session; `onSwitched` then takes the user to the job list.
 */
export function ProjectSwitch({
  session,
  onSwitched,
}: {
  session: SessionInfo;
  onSwitched: () => void;
}) {
  const { t } = useTranslation();
  const switchProject = useSwitchProject();
  const options = switchableProjects(session);
  const roleOf = (project: string) => options.find((o) => o.value === project)?.role ?? '';
  if (options.length === 0) return null;
  return (
    <Select
      aria-label={t('Project')}
      title={t('Switch to another project where you have a role')}
      size="xs"
      w={130}
      allowDeselect={false}
      data={options}
      // the list says the role in each project; the header's badge says the current one
      renderOption={({ option }) => `${option.value} · ${t(roleOf(option.value))}`}
      value={session.project.name}
      disabled={switchProject.isPending}
      onChange={(project) => {
        if (!project || project === session.project.name) return;
        switchProject.mutate(project, {
          onSuccess: onSwitched,
          onError: (error) => notifyError(t('Could not switch to {{project}}', { project }), error),
        });
      }}
      data-testid="project-switch"
    />
  );
}
