import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { LoginRequestSchema } from '@console/shared';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { describeError } from '../../../lib/api-error.js';
import { useLogin } from '../hooks/use-session.js';

type LoginValues = z.input<typeof LoginRequestSchema>;
type Field = keyof LoginValues;
const FIELDS: readonly Field[] = ['domain', 'username', 'password', 'project'];

/** The first message per field, as a form library would show it. */
function fieldErrors(values: LoginValues): Partial<Record<Field, string>> {
  const result = LoginRequestSchema.safeParse(values);
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (field) errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The personal console's sign-in: the user's own IAM domain, user, password and project. `notice`
 * (the session expired) gives way to the reason a sign-in failed. Checked on submit, then as the
 * user types; four fields need no form library (the login page's weight: web/scripts/post-build.ts).
 */
export function PasswordSignIn({
  onSignedIn,
  notice,
}: {
  onSignedIn: () => void;
  notice?: ReactNode;
}) {
  const loginMutation = useLogin();
  const [values, setValues] = useState<LoginValues>({
    domain: 'demo',
    username: '',
    password: '',
    project: 'eu-de',
  });
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? fieldErrors(values) : {};
  const field = (name: Field) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
    error: errors[name],
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSubmitted(true);
    const parsed = LoginRequestSchema.safeParse(values);
    if (parsed.success) {
      loginMutation.mutate(parsed.data, { onSuccess: onSignedIn });
      return;
    }
    const invalid = fieldErrors(values);
    const first = FIELDS.find((f) => invalid[f]);
    const input = first && e.currentTarget.elements.namedItem(first);
    if (input instanceof HTMLInputElement) input.focus();
  };
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
        <TextInput label="Domain" autoComplete="organization" {...field('domain')} />
        <TextInput label="Username" autoComplete="username" {...field('username')} />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          // The toggle's name must not contain "Password": the field alone answers to that label.
          visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the typed characters' }}
          {...field('password')}
        />
        <TextInput label="Project" {...field('project')} />
        <Button type="submit" loading={loginMutation.isPending} fullWidth mt="xs">
          Log in
        </Button>
      </Stack>
    </form>
  );
}
