import { describe, expect, it } from 'vitest';
import { MAX_WATCHED, WatchList } from './watch-list.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}

describe('WatchList', () => {
  it('is off until turned on, and remembers watched jobs once each', () => {
    const l = new WatchList(memoryStorage());
    expect(l.enabled()).toBe(false);
    l.setEnabled(true);
    expect(l.enabled()).toBe(true);
    l.add({ api: 'v1', jobId: 1, versionId: 2 });
    l.add({ api: 'v1', jobId: 1, versionId: 2 });
    l.add({ api: 'v2', jobId: 'abc' });
    expect(l.jobs()).toEqual([
      { api: 'v1', jobId: 1, versionId: 2 },
      { api: 'v2', jobId: 'abc' },
    ]);
    l.remove({ api: 'v2', jobId: 'abc' });
    expect(l.has({ api: 'v2', jobId: 'abc' })).toBe(false);
  });

  it(`keeps the newest ${MAX_WATCHED} and ignores what it did not write`, () => {
    const s = memoryStorage();
    const l = new WatchList(s);
    for (let i = 0; i < MAX_WATCHED + 5; i += 1) l.add({ api: 'v2', jobId: `j${i}` });
    expect(l.jobs()).toHaveLength(MAX_WATCHED);
    expect(l.jobs()[0]).toEqual({ api: 'v2', jobId: 'j5' });
    s.setItem('mac.jobNotifications.watched', '{not json');
    expect(l.jobs()).toEqual([]);
    s.setItem('mac.jobNotifications.watched', JSON.stringify([{ api: 'v1', jobId: 'x' }, 7]));
    expect(l.jobs()).toEqual([]);
  });
});
