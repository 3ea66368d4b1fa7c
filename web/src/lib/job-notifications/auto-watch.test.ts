import { describe, expect, it } from 'vitest';
import { createdV1, watchCreatedJob } from './auto-watch.js';
import { WatchList } from './watch-list.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}

describe('watchCreatedJob', () => {
  it('watches a created job once the user has turned notifications on and the browser allows them', () => {
    const storage = memoryStorage();
    const list = new WatchList(storage);
    expect(watchCreatedJob({ api: 'v2', jobId: 'a' }, storage, 'granted')).toBe(false);
    list.setEnabled(true);
    expect(watchCreatedJob({ api: 'v2', jobId: 'a' }, storage, 'default')).toBe(false);
    expect(watchCreatedJob({ api: 'v2', jobId: 'a' }, storage, 'denied')).toBe(false);
    expect(list.jobs()).toEqual([]);
    expect(watchCreatedJob({ api: 'v2', jobId: 'a' }, storage, 'granted')).toBe(true);
    expect(watchCreatedJob({ api: 'v1', jobId: 5, versionId: 9 }, storage, 'granted')).toBe(true);
    expect(list.jobs()).toEqual([
      { api: 'v2', jobId: 'a' },
      { api: 'v1', jobId: 5, versionId: 9 },
    ]);
  });

  it('never throws when the storage refuses to write', () => {
    const storage = {
      getItem: (k: string) => (k.endsWith('enabled') ? 'true' : null),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(watchCreatedJob({ api: 'v2', jobId: 'a' }, storage, 'granted')).toBe(false);
  });

  it('reads a v1 answer', () => {
    expect(createdV1({ job_id: 5, version_id: 9 })).toEqual({ api: 'v1', jobId: 5, versionId: 9 });
    expect(createdV1({ job_id: 5, version_id: null })).toBeNull();
  });
});
