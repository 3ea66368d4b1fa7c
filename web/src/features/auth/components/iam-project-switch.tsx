import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import type { SessionInfo } from '@console/shared';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

// The dialog (a Modal and its form) is not part of the first screen: requested when the header is
// drawn, it is there before anyone clicks "Switch project".
const IamProjectSwitchDialog = lazy(() => import('./iam-project-switch-dialog.js'));

/**
 * The personal console's project switch: IAM signs a user in to one project at a time and the
 * console keeps no password, so switching asks for it again and signs in to the other project
 * (the new session replaces this one). The team portal switches without a password (its header
 * select).
 */
export function IamProjectSwitch({
  session,
  onSwitched,
}: {
  session: SessionInfo;
  onSwitched: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" size="xs" onClick={() => setOpen(true)}>
        {t('Switch project')}
      </Button>
      <Suspense fallback={null}>
        <IamProjectSwitchDialog
          session={session}
          opened={open}
          onClose={() => setOpen(false)}
          onSwitched={onSwitched}
        />
      </Suspense>
    </>
  );
}
