import { ConsoleError } from '../../errors.js';
import { ConsoleErrorCode } from '@console/shared';
import type { ObsKeys } from '../../clients/obs-signer.js';
import type { Portal } from '../../portal/portal-runtime.js';
import type { Session } from '../session-store.js';
import type { TemporaryKeyCache } from './temp-key-cache.js';

/** The keys a session's OBS requests are signed with; never sent to the browser or logged. */
export interface ObsKeySource {
  keysFor(sessionId: string, session: Session): Promise<ObsKeys>;
  /** OBS refused the keys (expired, revoked): the next call gets new ones where possible. */
  refused(sessionId: string): void;
  /** The session ended: its keys are forgotten. */
  ended(sessionId: string): void;
}

/**
 * `iam` mode: the user's temporary keys (IAM securitytokens with the session's token, cached per
 * session); a portal session: the service account's OBS key of its project.
 */
export function obsKeySource(
  temporary: TemporaryKeyCache,
  portal: Portal | undefined,
): ObsKeySource {
  return {
    async keysFor(sessionId, session) {
      if (!session.portal) return temporary.get(sessionId, session.token);
      const key = portal?.obsKey(session.projectName);
      if (!key) {
        throw new ConsoleError(
          503,
          ConsoleErrorCode.upstreamUnreachable,
          `OBS is not set up for project ${session.projectName} (the portal file names no OBS key)`,
        );
      }
      return key;
    },
    refused: (id) => temporary.forget(id),
    ended: (id) => temporary.forget(id),
  };
}
