import { useQuery } from '@tanstack/react-query';
import type { Role } from '@console/shared';
import { sessionQueryOptions } from './session-query.js';
import { t } from './i18n/i18n.js';
import { msg } from './i18n/msg.js';

/** The annotation the portal's BFF writes on each v2 job it creates (who started it). */
export const CREATED_BY_ANNOTATION = 'modelarts-console/created-by';

/** Why the console shows no creator for v1 jobs (for a tooltip). */
export const V1_OWNER_UNKNOWN = msg(
  'v1 jobs: ModelArts v1 keeps no creator the console can show (the team portal still checks it on stop)',
);

/** The v2 job's creator when it was started through this console; null otherwise. */
export function creatorOf(
  metadata: { annotations?: Record<string, string> | null } | undefined,
): string | null {
  return metadata?.annotations?.[CREATED_BY_ANNOTATION] ?? null;
}

/**
 * Whether the signed-in role may stop a job of `creator` (team portal: an operator stops only
 * their own jobs). `creator` undefined means unknown to the browser (v1): the BFF then decides.
 */
export function mayStopJobOf(
  role: Role | undefined,
  me: string | undefined,
  creator: string | null | undefined,
): boolean {
  if (role !== 'operator' || creator === undefined) return true;
  return creator !== null && creator === me;
}

/** The note beside a hidden Stop: whose job it is. */
export function notYoursNote(creator: string | null): string {
  return creator
    ? t("This job is {{creator}}'s: as an operator you may stop only your own jobs", { creator })
    : t(
        'This job was not started by you through this console: as an operator you may stop only your own jobs',
      );
}

/** The signed-in user's name and portal role (undefined outside a session / the portal). */
export function useMe(): { user: string | undefined; role: Role | undefined } {
  const session = useQuery({ ...sessionQueryOptions(), enabled: false });
  return { user: session.data?.user, role: session.data?.role };
}
