import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobNotification } from '@console/shared';
import type { JobFacts, JobRef } from './job-facts.js';
import { JobNotifier } from './job-notifier.js';
import { MemoryClaims } from './notify-claims.js';
import type { NotifyReads } from './notify-reads.js';

const ref: JobRef = { api: 'v2', projectId: 'p', jobId: 'j1' };
const NOW = 1_700_000_000_000;
const facts = (o: Partial<JobFacts> = {}): JobFacts => ({
  ref,
  name: 'train',
  status: 'Completed',
  terminal: true,
  durationMs: 61_400,
  endedAt: NOW - 1000,
  ...o,
});

function setup(status: () => JobFacts) {
  const sent: JobNotification[] = [];
  const reads: NotifyReads = {
    facts: () => Promise.resolve(status()),
    lastLines: (_r, _t, n) =>
      Promise.resolve(Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).slice(-n)),
  };
  const n = new JobNotifier({
    reads,
    claims: new MemoryClaims(),
    sender: {
      send: (p) => {
        sent.push(p as JobNotification);
        return Promise.resolve({ delivered: true, attempts: 1 });
      },
    },
    logger: pino({ level: 'silent' }),
    publicOrigin: 'https://c.example',
    settings: { pollMs: 60_000 },
    now: () => NOW,
  });
  notifiers.push(n);
  return { n, sent };
}
const notifiers: JobNotifier[] = [];
afterEach(() => notifiers.splice(0).forEach((n) => n.close()));
const settle = () => new Promise((r) => setImmediate(r));

describe('JobNotifier', () => {
  it('watches a running job and notifies once when a poll finds it finished', async () => {
    let now = facts({ terminal: false, status: 'Running' });
    const { n, sent } = setup(() => now);
    n.sight({ ref, terminal: false }, () => 'token');
    await n.poll();
    expect(sent).toHaveLength(0);
    now = facts();
    await n.poll();
    n.sight(facts(), () => 'token');
    await n.poll();
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      job: { id: 'j1', api: 'v2', version: null },
      status: 'Completed',
      duration_seconds: 61,
      link: 'https://c.example/jobs/v2/j1',
    });
    expect(sent[0]?.log_tail).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i + 11}`));
    expect(JSON.stringify(sent)).not.toContain('token');
  });

  it('skips a job first seen long after it ended, and one whose session has ended', async () => {
    const { n, sent } = setup(() => facts());
    n.sight(facts({ endedAt: NOW - 3600_000 }), () => 'token');
    n.sight({ ref: { ...ref, jobId: 'j2' }, terminal: false }, () => undefined);
    await n.poll();
    await settle();
    expect(sent).toHaveLength(0);
    expect(n.watching()).toBe(0);
  });

  it('notifies a job seen finished recently, once for many sightings at once', async () => {
    const { n, sent } = setup(() => facts());
    for (let i = 0; i < 5; i += 1) n.sight(facts(), () => 'token');
    await settle();
    await settle();
    expect(sent).toHaveLength(1);
  });
});
