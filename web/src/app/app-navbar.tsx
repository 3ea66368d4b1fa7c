import { AppShell, NavLink } from '@mantine/core';
import { useTranslation } from '../lib/i18n/use-translation.js';
import { Link, useLocation } from 'react-router';
import { paths } from '../config/paths.js';

interface Props {
  /** The audit trail is for admins of the team portal. */
  showAudit: boolean;
  /** A page was picked (narrow screens close the navigation then). */
  onNavigate: () => void;
  /** Folded away on a narrow screen: out of the keyboard's and screen readers' way too. */
  folded: boolean;
}

/** The console's pages, the current one marked. */
export function AppNavbar({ showAudit, onNavigate, folded }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links = [
    {
      to: paths.jobs.href(),
      label: t('Training jobs'),
      active: pathname.startsWith(paths.jobs.path),
    },
    {
      to: paths.configs.href(),
      label: t('Configurations'),
      active: pathname.startsWith(paths.configs.path),
    },
    { to: paths.obs.href(), label: t('Files (OBS)'), active: pathname.startsWith(paths.obs.path) },
    ...(showAudit
      ? [
          {
            to: paths.audit.href(),
            label: t('Audit trail'),
            active: pathname.startsWith(paths.audit.path),
          },
        ]
      : []),
  ];
  return (
    <AppShell.Navbar p="xs" aria-label={t('Main navigation')} id="main-navigation" inert={folded}>
      {links.map((l) => (
        <NavLink
          key={l.to}
          component={Link}
          to={l.to}
          label={l.label}
          active={l.active}
          aria-current={l.active ? 'page' : undefined}
          onClick={onNavigate}
        />
      ))}
    </AppShell.Navbar>
  );
}
