import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.js';
import { checkWatched, type Notice } from './check-watched.js';
import type { JobOutcome } from './job-outcome.js';
import { WatchList, type WatchedJob } from './watch-list.js';

function list(jobs: WatchedJob[]) {
  const m = new Map<string, string>();
  const l = new WatchList({
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
  });
  jobs.forEach((j) => l.add(j));
  return l;
}

const v1: WatchedJob = { api: 'v1', jobId: 7, versionId: 9 };
const v2: WatchedJob = { api: 'v2', jobId: 'j-1' };

describe('checkWatched', () => {
  it('announces a watched job once, when it has ended, with a link to its page', async () => {
    const l = list([v1, v2]);
    const states: Record<string, JobOutcome> = {
      v1: { name: 'mnist V0001', status: 'Running', terminal: false },
      v2: { name: 'resnet', status: 'Failed', terminal: true },
    };
    const shown: Notice[] = [];
    const read = (j: WatchedJob) => Promise.resolve(states[j.api] as JobOutcome);
    await checkWatched(l, read, (n) => shown.push(n));
    expect(shown).toEqual([
      {
        tag: 'job:v2:j-1',
        title: 'resnet: Failed',
        body: 'Training job resnet ended: Failed.',
        href: '/jobs/v2/j-1',
      },
    ]);
    states.v1 = { name: 'mnist V0001', status: 'Completed', terminal: true };
    await checkWatched(l, read, (n) => shown.push(n));
    await checkWatched(l, read, (n) => shown.push(n));
    expect(shown.map((n) => n.href)).toEqual(['/jobs/v2/j-1', '/jobs/v1/7/versions/9']);
    expect(l.jobs()).toEqual([]);
  });

  it('forgets a deleted job and keeps one it could not read', async () => {
    const l = list([v1, v2]);
    await checkWatched(
      l,
      (j) =>
        Promise.reject(
          new ApiError({ status: j.api === 'v1' ? 404 : 503, code: 'X', message: 'no' }),
        ),
      () => {
        throw new Error('nothing to announce');
      },
    );
    expect(l.jobs()).toEqual([v2]);
  });
});
