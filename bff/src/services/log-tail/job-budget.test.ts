import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { RecordingSink } from '../../test-support/recording-sink.js';
import { AomLogSource } from './aom-log-source.js';
import { LogTailRegistry } from './log-tail-registry.js';
import { PollerBudget } from './poller-budget.js';

const WORKERS = 16;
const files = Array.from({ length: WORKERS }, (_, i) => `job-a.${i}`);
const logOf = (jobId: string, logFile: string) => ({
  projectId: 'p',
  jobId,
  versionId: '1',
  logFile,
});

/** Issue 11: the budget counts followed jobs; a job's logs share one upstream request rate. */
describe('LogTailRegistry: the poller budget per followed job', () => {
  let registry: LogTailRegistry | undefined;
  afterEach(() => {
    registry?.closeAll();
    vi.useRealTimers();
  });

  const follow = (r: LogTailRegistry, client: FakeLogClient, jobId: string, account: string) =>
    files.map((f) => {
      const sink = new RecordingSink<number>();
      r.open({
        source: new AomLogSource(client, logOf(jobId, f)),
        after: undefined,
        sink,
        token: () => `tok-${account}`,
        account,
      });
      return sink;
    });

  it('one account follows three 16-worker jobs at the default cap of 20 (one slot per job)', () => {
    const client = new FakeLogClient();
    const budget = new PollerBudget(200, 20);
    const r = new LogTailRegistry({
      intervalMs: 500,
      idleGraceMs: 10_000,
      logger: pino({ level: 'silent' }),
      budget,
    });
    registry = r;
    for (const job of ['1', '2', '3']) follow(r, client, job, 'eve');
    expect(r.stats().shared).toBe(3 * WORKERS);
    expect(budget.inUseBy('eve')).toBe(3);
  });

  it('a 16-worker job costs at most one upstream request per interval after its start; every worker is read in turn', async () => {
    vi.useFakeTimers();
    const client = new FakeLogClient();
    client.print(20);
    const r = new LogTailRegistry({
      intervalMs: 100,
      idleGraceMs: 10_000,
      logger: pino({ level: 'silent' }),
      budget: new PollerBudget(200, 20),
    });
    registry = r;
    const sinks = follow(r, client, '7', 'eve');
    const requests = () => client.statusCalls + client.reads.length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(sinks.every((s) => s.lines.length === 20)).toBe(true);

    // ten seconds of a job that prints: at most 100 requests (one per 100 ms) for its 16 logs
    const before = requests();
    for (let t = 0; t < 10; t++) {
      client.print(5);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(requests() - before).toBeLessThanOrEqual(10_000 / 100 + 1);
    // and every worker got its turns: each has every line printed until a moment ago
    await vi.advanceTimersByTimeAsync(WORKERS * 2 * 100);
    for (const s of sinks) expect(s.lines).toHaveLength(70);
  });
});
