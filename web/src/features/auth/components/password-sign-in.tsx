import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { LoginRequestSchema, SessionInfo } from '@console/shared';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { describeError } from '../../../lib/api-error.js';
import { login } from '../api/sign-in.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

type Schema = typeof LoginRequestSchema;
type LoginValues = z.input<Schema>;
type Field = keyof LoginValues;
const FIELDS: readonly Field[] = ['domain', 'username', 'password', 'project'];

/**
 * The schema, with zod, is fetched once the user starts on the form (focus), so the login page
 * shows without it; a submit waits for it if it has not arrived yet.
 */
let schemaLoad: Promise<Schema> | undefined;
const loadSchema = (): Promise<Schema> =>
  (schemaLoad ??= import('../login-request-schema.js').then(
    (m) => m.LoginRequestSchema,
    (err: unknown) => {
      schemaLoad = undefined; // the next submit tries again
      throw err;
    },
  ));

/** The first message per field, as a form library would show it. */
function fieldErrors(
  schema: Schema,
  values: LoginValues,
  t: (message: string) => string,
): Partial<Record<Field, string>> {
  const result = schema.safeParse(values);
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (field) errors[field] ??= t(issue.message);
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
  onSigningIn,
  notice,
}: {
  onSignedIn: (session: SessionInfo) => void;
  /** The form is valid and goes to the BFF (what comes after sign-in may start loading). */
  onSigningIn?: () => void;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  // plain state, not a mutation: the signed-out login page loads no React Query (issue 14)
  const [pending, setPending] = useState(false);
  const [loginError, setLoginError] = useState<unknown>(null);
  const [values, setValues] = useState<LoginValues>({
    domain: 'demo',
    username: '',
    password: '',
    project: 'eu-de',
  });
  // set by the first submit, once the schema has arrived: from then on fields are checked as typed
  const [schema, setSchema] = useState<Schema>();
  const [loadFailed, setLoadFailed] = useState(false);
  const errors = schema ? fieldErrors(schema, values, t) : {};
  const field = (name: Field) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
    error: errors[name],
  });
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    let loaded: Schema;
    try {
      loaded = await loadSchema();
    } catch {
      setLoadFailed(true);
      return;
    }
    setLoadFailed(false);
    setSchema(() => loaded);
    const parsed = loaded.safeParse(values);
    if (parsed.success) {
      setPending(true);
      setLoginError(null);
      onSigningIn?.();
      try {
        const session = await login(parsed.data);
        setPending(false);
        onSignedIn(session);
      } catch (err) {
        setPending(false);
        setLoginError(err);
      }
      return;
    }
    const invalid = fieldErrors(loaded, values, t);
    const first = FIELDS.find((f) => invalid[f]);
    const input = first && form.elements.namedItem(first);
    if (input instanceof HTMLInputElement) input.focus();
  };
  const failure = loadFailed
    ? { message: t('The sign-in form could not be loaded: check the connection and try again.') }
    : loginError
      ? describeError(loginError)
      : null;

  return (
    <form onSubmit={(e) => void onSubmit(e)} onFocus={() => void loadSchema()} noValidate>
      <Stack gap="sm">
        {!failure && notice}
        {failure && (
          <Alert color="red" title={t('Login failed')} role="alert">
            {failure.message}
          </Alert>
        )}
        <TextInput label={t('Domain')} autoComplete="organization" {...field('domain')} />
        <TextInput label={t('Username')} autoComplete="username" {...field('username')} />
        <PasswordInput
          label={t('Password')}
          autoComplete="current-password"
          // The toggle's name must not contain "Password": the field alone answers to that label.
          visibilityToggleButtonProps={{ 'aria-label': t('Show or hide the typed characters') }}
          {...field('password')}
        />
        <TextInput label={t('Project')} {...field('project')} />
        <Button type="submit" loading={pending} fullWidth mt="xs">
          {t('Log in')}
        </Button>
      </Stack>
    </form>
  );
}
