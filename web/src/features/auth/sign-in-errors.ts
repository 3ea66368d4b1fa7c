/**
 * Why a single sign-on did not end in a session (`/login?error=…`, set by the BFF), in the user's
 * words: what happened and what to do.
 */
const MESSAGES: Record<string, { title: string; message: string }> = {
  no_role: {
    title: 'No access yet',
    message:
      'Your account has no role in any project of this console — ask your platform team to add you to a group that has one.',
  },
  refused: {
    title: 'Sign-in refused',
    message:
      "Your company's sign-in service did not confirm who you are — try again; if it keeps happening, ask your platform team.",
  },
  expired: {
    title: 'Sign-in took too long',
    message:
      'The sign-in expired or was started in another tab or window — sign in again from here.',
  },
  unavailable: {
    title: 'Console unavailable',
    message:
      'You are signed in, but the console could not reach ModelArts for your project — try again in a few minutes; if it keeps happening, tell your platform team.',
  },
};

const UNKNOWN = {
  title: 'Sign-in did not complete',
  message: 'The sign-in did not complete — try again.',
};

/** The message for `/login?error=<reason>`, or null without a reason. */
export function signInError(reason: string | null): { title: string; message: string } | null {
  if (!reason) return null;
  return MESSAGES[reason] ?? UNKNOWN;
}
