import { describe, expect, it } from 'vitest';
import type { AomPage, AomQuery, ModelArtsLogClient } from '../../clients/modelarts-client.js';
import { AomLogSource } from './aom-log-source.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'job-a.0' };

/** An aom-log that answers every read with `page` (as the upstream said it), recording the query. */
function answering(page: AomPage) {
  const queries: AomQuery[] = [];
  const client: ModelArtsLogClient = {
    readAomLog: async (_t, _token, q) => {
      queries.push(q);
      return page;
    },
    versionStatus: async () => 8,
  };
  return { source: new AomLogSource(client, target), queries };
}

const page = (o: Partial<AomPage>): AomPage => ({
  lines: ['a', 'b'],
  count: 2,
  startLine: '101',
  endLine: '102',
  ...o,
});

describe('AomLogSource (v1 aom-log, read forward from a cursor)', () => {
  it('names its log for the poller and the log lines, and compares statuses by value', () => {
    const { source } = answering(page({}));
    expect(source.logContext).toEqual({ job: '1', file: 'job-a.0' });
    expect(source.sameStatus(8, 8)).toBe(true);
    expect(source.sameStatus(8, 10)).toBe(false);
    expect(source.isTerminal(10)).toBe(true);
    expect(source.isTerminal(8)).toBe(false);
  });

  it('reads the 500 lines after the head, and on at once when the upstream says it gave 500', async () => {
    const short = answering(page({}));
    expect(await short.source.read('100', 't')).toEqual({
      full: false,
      page: { to: '102', count: 2, lines: ['a', 'b'] },
    });
    expect(short.queries).toEqual([{ baseLine: '100', lines: 500, order: 'desc' }]);
    // the upstream's count says 500 where the text had a line fewer (a trailing empty one)
    const lines = Array.from({ length: 499 }, (_, i) => `l${i}`);
    const full = answering(page({ lines, count: 500 }));
    expect((await full.source.read('100', 't')).full).toBe(true);
  });

  it('has no page when nothing moved: no lines, no end cursor, or the end cursor is the head', async () => {
    for (const p of [
      page({ lines: [], count: 0, endLine: '100' }),
      page({ endLine: '' }),
      page({ endLine: '100' }),
      page({ lines: [], count: 0, endLine: '105' }),
    ]) {
      expect((await answering(p).source.read('100', 't')).page, JSON.stringify(p)).toBeUndefined();
    }
  });

  it('reads an evicted page again from its start, and says when the log changed', async () => {
    const same = answering(page({}));
    const evicted = { from: '100', to: '102', count: 2, lines: undefined };
    expect(await same.source.reread(evicted, 't')).toEqual(['a', 'b']);
    expect(same.queries).toEqual([{ baseLine: '100', lines: 2, order: 'desc' }]);
    const moved = answering(page({ endLine: '103' }));
    await expect(moved.source.reread(evicted, 't')).rejects.toMatchObject({
      body: { error_msg: 'The log changed upstream' },
    });
  });
});
