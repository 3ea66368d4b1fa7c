import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../test-support/cluster.js';

/** Issue 10: the topology other cross-replica tests start (test-support/cluster.ts). */
describe('cluster topology: nginx in front of two BFF replicas on one Redis', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({ replicas: 2 });
  }, 90_000);
  afterAll(() => cluster?.stopAll());

  const health = async (base: string) => (await fetch(`${base}/api/health`)).status;

  it('each replica answers on its own port, and nginx answers in front of them', async () => {
    expect(cluster.replicas.map((r) => r.id)).toEqual(['bff-a', 'bff-b']);
    for (const r of cluster.replicas) expect(await health(r.url)).toBe(200);
    for (let i = 0; i < 4; i++) expect(await health(cluster.url)).toBe(200);
  });

  it('nginx reaches each replica alone: the other one down, then back on its port', async () => {
    const [a, b] = cluster.replicas as [Cluster['replicas'][0], Cluster['replicas'][0]];
    await a.kill();
    expect(a.running()).toBe(false);
    for (let i = 0; i < 4; i++) expect(await health(cluster.url)).toBe(200); // bff-b only
    const pid = a.pid();
    await a.start();
    expect(a.pid()).not.toBe(pid);
    await b.stop();
    for (let i = 0; i < 4; i++) expect(await health(cluster.url)).toBe(200); // bff-a only
    await b.restart();
    for (const r of cluster.replicas) expect(await health(r.url)).toBe(200);
  });

  it('a rolling restart (SIGTERM, then the same port) keeps nginx answering', async () => {
    const answers: number[] = [];
    let rolling = true;
    const probe = (async () => {
      while (rolling) {
        answers.push(await health(cluster.url).catch(() => 0));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    for (const r of cluster.replicas) await r.restart();
    rolling = false;
    await probe;
    expect(answers.length).toBeGreaterThan(5);
    expect(answers.filter((s) => s !== 200)).toEqual([]);
  });
});
