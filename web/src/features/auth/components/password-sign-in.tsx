import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { LoginRequestSchema, type LoginRequest } from '@console/shared';
import { useForm } from 'react-hook-form';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { describeError } from '../../../lib/api-error.js';
import { useLogin } from '../hooks/use-session.js';

type LoginValues = z.input<typeof LoginRequestSchema>;

/**
 * The personal console's sign-in: the user's own IAM domain, user, password and project. `notice`
 * (the session expired) gives way to the reason a sign-in failed.
 */
export function PasswordSignIn({
  onSignedIn,
  notice,
}: {
  onSignedIn: () => void;
  notice?: ReactNode;
}) {
  const loginMutation = useLogin();
  const form = useForm<LoginValues, unknown, LoginRequest>({
    resolver: zodResolver(LoginRequestSchema),
    defaultValues: { domain: 'demo', username: '', password: '', project: 'eu-de' },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    loginMutation.mutate(values, { onSuccess: onSignedIn }),
  );
  const failure = loginMutation.error ? describeError(loginMutation.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {!failure && notice}
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
        <TextInput label="Project" {...form.register('project')} error={errors.project?.message} />
        <Button type="submit" loading={loginMutation.isPending} fullWidth mt="xs">
          Log in
        </Button>
      </Stack>
    </form>
  );
}
