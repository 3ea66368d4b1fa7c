// The sign-in options read without zod: the login page reads them and must not download zod
// (issue 14's 120 kB budget). `zod-free-readers.test.ts` checks it against `SignInOptionsSchema`.

export interface SignInOptionsRead {
  auth_mode: 'iam' | 'oidc';
}

/** `SignInOptionsSchema.safeParse(body)` without zod; undefined when the body does not match. */
export function readSignInOptions(body: unknown): SignInOptionsRead | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const mode = (body as Record<string, unknown>).auth_mode;
  return mode === 'iam' || mode === 'oidc' ? { auth_mode: mode } : undefined;
}
