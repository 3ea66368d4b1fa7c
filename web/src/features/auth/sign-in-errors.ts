import { msg } from '../../lib/i18n/msg.js';

/**
 * Why a single sign-on did not end in a session (`/login?error=…`, set by the BFF), in the user's
 * words: what happened and what to do.
 */
const MESSAGES: Record<string, { title: string; message: string }> = {
  no_role: {
    title: msg('No access yet'),
    message: msg(
      'Your account has no role in any project of this console — ask your platform team to add you to a group that has one.',
    ),
  },
  refused: {
    title: msg('Sign-in refused'),
    message: msg(
      "Your company's sign-in service did not confirm who you are — try again; if it keeps happening, ask your platform team.",
    ),
  },
  expired: {
    title: msg('Sign-in took too long'),
    message: msg(
      'The sign-in expired or was started in another tab or window — sign in again from here.',
    ),
  },
  unavailable: {
    title: msg('Console unavailable'),
    message: msg(
      'You are signed in, but the console could not reach ModelArts for your project — try again in a few minutes; if it keeps happening, tell your platform team.',
    ),
  },
};

const UNKNOWN = {
  title: msg('Sign-in did not complete'),
  message: msg('The sign-in did not complete — try again.'),
};

/** The message for `/login?error=<reason>`, or null without a reason. */
export function signInError(reason: string | null): { title: string; message: string } | null {
  if (!reason) return null;
  return MESSAGES[reason] ?? UNKNOWN;
}
