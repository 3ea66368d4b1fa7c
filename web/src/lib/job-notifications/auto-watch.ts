import { notifyPermission, type NotifyPermission } from './browser-notify.js';
import { WatchList, type WatchedJob } from './watch-list.js';

/**
 * A job (or v1 version) created in this browser is watched from the start when the user has
 * turned notifications on here (once, on any job page) and the browser still allows them; it
 * never asks for a permission by itself. Returns whether the job is now watched.
 */
export function watchCreatedJob(
  job: WatchedJob,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
  permission: NotifyPermission = notifyPermission(),
): boolean {
  if (!storage || permission !== 'granted') return false;
  try {
    const list = new WatchList(storage);
    if (!list.enabled()) return false;
    list.add(job);
    return true;
  } catch {
    return false; // storage full or refused: the job is simply not watched
  }
}

/** The watched form of a v1 create/new-version answer (no version id: nothing to watch). */
export function createdV1(answer: {
  job_id: number;
  version_id?: number | null;
}): WatchedJob | null {
  return typeof answer.version_id === 'number'
    ? { api: 'v1', jobId: answer.job_id, versionId: answer.version_id }
    : null;
}
