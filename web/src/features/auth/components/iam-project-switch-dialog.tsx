import { useState } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { SessionInfo } from '@console/shared';
import { describeError } from '../../../lib/api-error.js';
import { useLogin } from '../hooks/use-session.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/**
 * The dialog of the personal console's project switch (iam-project-switch.tsx): the project and the
 * password again, then a sign-in to that project. Loaded after the header is drawn.
 */
export default function IamProjectSwitchDialog({
  session,
  opened,
  onClose,
  onSwitched,
}: {
  session: SessionInfo;
  opened: boolean;
  onClose: () => void;
  onSwitched: () => void;
}) {
  const { t } = useTranslation();
  const [project, setProject] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const close = () => {
    onClose();
    setPassword('');
    login.reset();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    login.mutate(
      { domain: session.domain, username: session.user, password, project: project.trim() },
      {
        onSuccess: () => {
          close();
          onSwitched();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t('Switch to another project')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(
              'Signed in as {{user}} ({{domain}}) in {{project}}. Your password signs you in to the other project; the console keeps no password.',
              { user: session.user, domain: session.domain, project: session.project.name },
            )}
          </Text>
          <TextInput
            label={t('Project')}
            description={t('The IAM project (region), e.g. eu-nl')}
            required
            value={project}
            onChange={(e) => setProject(e.currentTarget.value)}
            data-autofocus
          />
          <PasswordInput
            label={t('Password')}
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {login.isError && (
            <Alert color="red" variant="light" title={t('Could not switch')}>
              {describeError(login.error).message}
            </Alert>
          )}
          <Button type="submit" loading={login.isPending} disabled={!project.trim() || !password}>
            {t('Switch')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
