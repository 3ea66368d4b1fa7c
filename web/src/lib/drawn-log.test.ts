import { describe, expect, it, beforeEach } from 'vitest';
import { createQueryClient } from './query-client.js';
import { drawnLogIn, drawnLogKey, hasDrawnLog, takeDrawnLog, type DrawnLog } from './drawn-log.js';
import { forgetLogs, isRemembered, rememberedLog } from './log-memory.js';
import { JobLog } from './job-log.js';

const URL = '/api/logs/job/v2/j?workers=worker-0,worker-1';
const SKIP = '[console] 2048 bytes skipped (40 lines): opened at the log’s end';
const DRAWN: DrawnLog = {
  workers: ['worker-0', 'worker-1'],
  events: [
    // the console's line saying how many lines the stream skipped: the log's numbering goes on
    { worker: 'worker-0', lines: [SKIP, 'a', 'b'], console: [0] },
    { worker: 'worker-1', lines: ['c'] },
  ],
  lastEventId: '0:3,1:1',
};

function withDrawn(data: unknown) {
  const queryClient = createQueryClient();
  queryClient.setQueryData(drawnLogKey(URL), data);
  return queryClient;
}

describe('drawn logs (a job page drawn with its first lines)', () => {
  beforeEach(() => forgetLogs());

  it('the browser takes them into its log memory once, with the cursor its stream resumes after', () => {
    const queryClient = withDrawn(DRAWN);
    expect(hasDrawnLog(queryClient, URL)).toBe(true);
    const memory = takeDrawnLog(queryClient, URL);
    expect(memory?.cursors.get(URL)).toBe('0:3,1:1');
    // worker-0's log goes on after the 40 skipped lines (its console indexes travelled)
    expect(memory?.log.of('worker-0')?.dropped).toBe(40);
    expect(memory?.log.of('worker-0')?.length).toBe(2);
    expect(memory?.log.of('worker-1')?.length).toBe(1);
    expect(memory?.log.merged.length).toBe(3);
    expect(isRemembered(URL)).toBe(true);
    expect(rememberedLog(URL, () => new JobLog([]))).toBe(memory);
    // gone from the data: not taken twice
    expect(hasDrawnLog(queryClient, URL)).toBe(false);
    expect(takeDrawnLog(queryClient, URL)).toBeUndefined();
  });

  it('leaves to the stream a drawn log without lines, a damaged one, or one the page already shows', () => {
    for (const data of [
      { ...DRAWN, events: [], lastEventId: '' },
      { ...DRAWN, events: [] },
      { ...DRAWN, lastEventId: '' },
      { ...DRAWN, events: 'nope' },
      { workers: ['worker-0'] },
      null,
    ]) {
      const queryClient = withDrawn(data);
      expect(hasDrawnLog(queryClient, URL)).toBe(false);
      expect(takeDrawnLog(queryClient, URL)).toBeUndefined();
      expect(isRemembered(URL)).toBe(false);
      expect(hasDrawnLog(queryClient, URL)).toBe(false);
    }
    const shown = rememberedLog(URL, () => new JobLog(['worker-0']));
    expect(takeDrawnLog(withDrawn(DRAWN), URL)).toBeUndefined();
    expect(rememberedLog(URL, () => new JobLog([]))).toBe(shown);
  });

  it('on the server, each drawing gets its own log, never the page memory', () => {
    const queryClient = withDrawn(DRAWN);
    const a = drawnLogIn(queryClient, URL, DRAWN.workers);
    const b = drawnLogIn(queryClient, URL, DRAWN.workers);
    expect(a.log).not.toBe(b.log);
    expect(a.log.merged.length).toBe(3);
    expect(isRemembered(URL)).toBe(false);
    expect(hasDrawnLog(queryClient, URL)).toBe(true); // it travels to the browser
    const none = drawnLogIn(createQueryClient(), URL, ['worker-0']);
    expect(none.log.workers).toEqual(['worker-0']);
    expect(none.log.merged.length).toBe(0);
    expect(isRemembered(URL)).toBe(false);
  });
});
