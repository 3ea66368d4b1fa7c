import { beforeEach, describe, expect, it } from 'vitest';
import { forgetLogs, keepLogsFor, logOwner, MAX_REMEMBERED, rememberedLog } from './log-memory.js';

describe('log memory (the page remembers the logs it showed)', () => {
  beforeEach(() => forgetLogs());

  it('gives the same log back for a key, a new one for another', () => {
    const a = rememberedLog('/a', () => ['x']);
    a.cursors.set('/a', '7');
    expect(rememberedLog('/a', () => ['other'])).toBe(a);
    expect(rememberedLog('/b', () => ['y']).log).toEqual(['y']);
  });

  it(`keeps at most ${MAX_REMEMBERED} logs, forgetting the least recently used`, () => {
    const first = rememberedLog('/0', () => 0);
    for (let i = 1; i < MAX_REMEMBERED; i++) rememberedLog(`/${i}`, () => i);
    expect(rememberedLog('/0', () => -1)).toBe(first); // used again: now the most recent
    rememberedLog('/new', () => 99);
    expect(rememberedLog('/0', () => -1)).toBe(first);
    expect(rememberedLog('/1', () => -1).log).toBe(-1); // the least recently used went
  });

  it('keeps the logs for the same account, forgets them for another one or another project', () => {
    const demo = { domain: 'd', user: 'u', project: { id: 'p1' } };
    keepLogsFor(logOwner(demo));
    const a = rememberedLog('/a', () => 1);
    keepLogsFor(logOwner(demo));
    expect(rememberedLog('/a', () => 2)).toBe(a);
    keepLogsFor(logOwner({ ...demo, project: { id: 'p2' } }));
    expect(rememberedLog('/a', () => 3).log).toBe(3);
  });
});
