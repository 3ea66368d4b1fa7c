import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { LoginRequestSchema, type LoginRequest } from '@console/shared';
import { useForm } from 'react-hook-form';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { describeError } from '../../../lib/api-error.js';
import { useLogin, useSession, useSessionExpired } from '../hooks/use-session.js';
import { paths } from '../../../config/paths.js';

type LoginValues = z.input<typeof LoginRequestSchema>;

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const loginMutation = useLogin();
  const expired = useSessionExpired();
  const form = useForm<LoginValues, unknown, LoginRequest>({
    resolver: zodResolver(LoginRequestSchema),
    defaultValues: { domain: 'demo', username: '', password: '', project: 'eu-de' },
  });
  const { errors } = form.formState;
  const from = (location.state as { from?: string } | null)?.from ?? paths.jobs.href();

  if (session.data) return <Navigate to={from} replace />;

  const onSubmit = form.handleSubmit((values) =>
    loginMutation.mutate(values, { onSuccess: () => navigate(from, { replace: true }) }),
  );
  const failure = loginMutation.error ? describeError(loginMutation.error) : null;

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={380}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <div>
              <Title order={1} size="h2">
                Log in
              </Title>
              <Text c="dimmed" size="sm">
                ModelArts Console — sign in with your IAM user
              </Text>
            </div>
            {expired && !failure && (
              <Alert color="yellow" title="Session expired" role="status">
                Your session has expired — sign in again
              </Alert>
            )}
            {failure && (
              <Alert color="red" title="Login failed" role="alert">
                {failure.message}
              </Alert>
            )}
            <TextInput
              label="Domain"
              autoComplete="organization"
              {...form.register('domain')}
              error={errors.domain?.message}
            />
            <TextInput
              label="Username"
              autoComplete="username"
              {...form.register('username')}
              error={errors.username?.message}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              // The toggle's name must not contain "Password": the field alone answers to that label.
              visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the typed characters' }}
              {...form.register('password')}
              error={errors.password?.message}
            />
            <TextInput
              label="Project"
              {...form.register('project')}
              error={errors.project?.message}
            />
            <Button type="submit" loading={loginMutation.isPending} fullWidth mt="xs">
              Log in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
