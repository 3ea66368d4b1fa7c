import { v1Endpoints, v2Endpoints, type Role } from '@console/shared';
import { mayStopJobOf, useMe } from '../../../lib/job-owner.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import type { JobRow } from '../job-rows.js';
import { msg } from '../../../lib/i18n/msg.js';

type Api = 'v1' | 'v2';

export interface ListPermissions {
  role: Role | undefined;
  createV1: boolean;
  createV2: boolean;
  stop: (api: Api) => boolean;
  /** Whether this row's Stop is offered (an operator stops only their own v2 jobs). */
  stopRow: (row: JobRow) => boolean;
  /** The signed-in user's name. */
  me: string | undefined;
  remove: (api: Api) => boolean;
  /** Whether any row action is allowed (else the list offers no selection). */
  anyAction: boolean;
  /** What the role may not do here, for the note that says why buttons are missing. */
  missing: string[];
}

/** What the job list offers the signed-in user: its create, stop and delete buttons. */
export function useListPermissions(): ListPermissions {
  const p = usePermissions();
  const { user } = useMe();
  const stop = (api: Api) => p.can(api === 'v1' ? v1Endpoints.stopVersion : v2Endpoints.jobAction);
  const remove = (api: Api) => p.can(api === 'v1' ? v1Endpoints.deleteJob : v2Endpoints.deleteJob);
  return {
    role: p.role,
    createV1: p.can(v1Endpoints.createJob),
    createV2: p.can(v2Endpoints.createJob),
    stop,
    stopRow: (row) => stop(row.api) && mayStopJobOf(p.role, user, row.createdBy),
    me: user,
    remove,
    anyAction: stop('v1') || stop('v2') || remove('v1') || remove('v2'),
    missing: p.missing([
      [v1Endpoints.createJob, msg('create')],
      [v2Endpoints.createJob, msg('create')],
      [v1Endpoints.stopVersion, msg('stop')],
      [v2Endpoints.jobAction, msg('stop')],
      [v1Endpoints.deleteJob, msg('delete')],
      [v2Endpoints.deleteJob, msg('delete')],
    ]),
  };
}
