import { afterEach, describe, expect, it } from 'vitest';
import { startProbeUpstream, type ProbeUpstream } from '../test-support/probe-upstream.js';
import { ReadinessProbe, readinessTargets } from './readiness-probe.js';

describe('ReadinessProbe', () => {
  const upstreams: ProbeUpstream[] = [];
  afterEach(async () => {
    for (const u of upstreams.splice(0)) await u.close();
  });
  async function probe(status: number, cacheMs: number) {
    const up = await startProbeUpstream(status);
    upstreams.push(up);
    let now = 1_000;
    const p = new ReadinessProbe({
      targets: readinessTargets(up.url, up.url),
      timeoutMs: 1000,
      cacheMs,
      now: () => now,
    });
    return { up, p, advance: (ms: number) => (now += ms) };
  }

  it('reuses a report for cacheMs, then asks again', async () => {
    const { up, p, advance } = await probe(200, 5000);
    expect((await p.report()).ready).toBe(true);
    advance(4999);
    await p.report();
    expect(up.hits).toHaveLength(2); // /v3 and /
    advance(1);
    await p.report();
    expect(up.hits.map((h) => h.path)).toEqual(['/v3', '/', '/v3', '/']);
  });

  it('caches a failed report as well (a failing upstream is not hammered by probes)', async () => {
    const { up, p, advance } = await probe(500, 5000);
    expect(await p.report()).toMatchObject({ ready: false, checks: { iam: { status: 500 } } });
    advance(1000);
    expect((await p.report()).ready).toBe(false);
    expect(up.hits).toHaveLength(2);
  });

  it('shares one run between concurrent callers even without a cache', async () => {
    const { up, p } = await probe(200, 0);
    const reports = await Promise.all([p.report(), p.report(), p.report()]);
    expect(new Set(reports).size).toBe(1);
    expect(up.hits).toHaveLength(2);
  });

  it('with Redis configured, reports it and is not ready while its PING fails', async () => {
    const up = await startProbeUpstream(200);
    upstreams.push(up);
    let redisUp = true;
    const p = new ReadinessProbe({
      targets: readinessTargets(up.url, up.url),
      timeoutMs: 1000,
      cacheMs: 0,
      redisPing: async () => {
        if (!redisUp) throw new Error('down');
        return 'PONG';
      },
    });
    expect(await p.report()).toMatchObject({ ready: true, checks: { redis: { ok: true } } });
    redisUp = false;
    expect(await p.report()).toMatchObject({
      ready: false,
      checks: {
        iam: { ok: true },
        modelarts: { ok: true },
        redis: { ok: false, error: 'unreachable' },
      },
    });
  });
});
