import { useState } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { SessionInfo } from '@console/shared';
import { describeError } from '../../../lib/api-error.js';
import { useLogin } from '../hooks/use-session.js';

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
    <Modal opened={opened} onClose={close} title="Switch to another project">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Signed in as {session.user} ({session.domain}) in {session.project.name}. Your password
            signs you in to the other project; the console keeps no password.
          </Text>
          <TextInput
            label="Project"
            description="The IAM project (region), e.g. eu-nl"
            required
            value={project}
            onChange={(e) => setProject(e.currentTarget.value)}
            data-autofocus
          />
          <PasswordInput
            label="Password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {login.isError && (
            <Alert color="red" variant="light" title="Could not switch">
              {describeError(login.error).message}
            </Alert>
          )}
          <Button type="submit" loading={login.isPending} disabled={!project.trim() || !password}>
            Switch
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
