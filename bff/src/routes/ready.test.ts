import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, createEmulatorApp, type Emulator } from '@console/emulator';
import { createApp, type ConsoleApp } from '../app.js';
import type { Config } from '../config.js';
import { fakeIam } from '../test-support/listening-app.js';
import { closedPortUrl, startProbeUpstream } from '../test-support/probe-upstream.js';
import { testConfig } from '../test-support/test-config.js';

/** The real emulator (IAM + ModelArts) in this process, on a random port. */
async function startEmulator(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ready-emulator-'));
  const emulator: Emulator = createEmulator({ dataDir, seedAssets: false });
  const server: Server = await new Promise((r) => {
    const s = createEmulatorApp(emulator.ctx).listen(0, '127.0.0.1', () => r(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await emulator.shutdown();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const apps: ConsoleApp[] = [];
function app(overrides: Partial<Config>): ConsoleApp {
  const c = createApp({ config: testConfig(overrides), iam: fakeIam });
  apps.push(c);
  return c;
}

describe('/api/health and /api/ready', () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let closed: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    closed = await closedPortUrl();
  });
  afterAll(async () => {
    for (const c of apps) c.dispose();
    await emulator.stop();
  });

  it('health is 200 with both upstreams down, and calls neither', async () => {
    const upstream = await startProbeUpstream(200);
    try {
      const c = app({ iamEndpoint: closed, modelartsEndpoint: upstream.url });
      await request(c.app).get('/api/health').expect(200, { ok: true });
      expect(upstream.hits).toEqual([]);
    } finally {
      await upstream.close();
    }
  });

  it('ready is 200 when the real IAM and ModelArts (emulator) answer', async () => {
    const c = app({ iamEndpoint: emulator.url, modelartsEndpoint: emulator.url });
    const res = await request(c.app).get('/api/ready').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      ready: true,
      checks: { iam: { ok: true }, modelarts: { ok: true, status: 200 } },
    });
  });

  it('ready is 503 naming IAM when IAM is a closed port', async () => {
    const c = app({ iamEndpoint: closed, modelartsEndpoint: emulator.url });
    const res = await request(c.app).get('/api/ready').expect(503);
    expect(res.body).toMatchObject({
      ready: false,
      checks: { iam: { ok: false, error: 'unreachable' }, modelarts: { ok: true } },
    });
  });

  it('ready is 503 naming ModelArts when ModelArts is a closed port', async () => {
    const c = app({ iamEndpoint: emulator.url, modelartsEndpoint: closed });
    const res = await request(c.app).get('/api/ready').expect(503);
    expect(res.body).toMatchObject({
      ready: false,
      checks: { iam: { ok: true }, modelarts: { ok: false, error: 'unreachable' } },
    });
  });

  it('ready is 503 for an upstream that answers 5xx or does not answer in time', async () => {
    const failing = await startProbeUpstream(503);
    const hanging = await startProbeUpstream('hang');
    try {
      const c = app({
        iamEndpoint: failing.url,
        modelartsEndpoint: hanging.url,
        readyTimeoutMs: 200,
      });
      const res = await request(c.app).get('/api/ready').expect(503);
      expect(res.body.checks).toMatchObject({
        iam: { ok: false, status: 503, error: 'answered HTTP 503' },
        modelarts: { ok: false, error: 'no answer within 200 ms' },
      });
      const metrics = await request(c.app).get('/metrics').expect(200);
      expect(metrics.text).toContain('console_upstream_errors_total{upstream="iam",kind="5xx"} 1');
      expect(metrics.text).toContain(
        'console_upstream_errors_total{upstream="modelarts",kind="timeout"} 1',
      );
    } finally {
      await failing.close();
      await hanging.close();
    }
  });

  it('a crowd of probes makes one request to each upstream, without any credential', async () => {
    const iam = await startProbeUpstream(200);
    const modelarts = await startProbeUpstream(404);
    try {
      const c = app({ iamEndpoint: iam.url, modelartsEndpoint: modelarts.url });
      const signIn = await request(c.app)
        .post('/api/session')
        .set('X-Requested-With', 'modelarts-console')
        .send({ domain: 'd', username: 'u', password: 'p', project: 'eu-de' })
        .expect(200);
      const cookie = String(signIn.headers['set-cookie']?.[0]).split(';')[0] ?? '';
      const probes = Array.from({ length: 20 }, () =>
        request(c.app).get('/api/ready').set('Cookie', cookie),
      );
      const answers = await Promise.all(probes);
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
      await request(c.app).get('/api/ready').expect(200); // still within the cache window
      expect(iam.hits.map((h) => `${h.method} ${h.path}`)).toEqual(['GET /v3']);
      expect(modelarts.hits.map((h) => `${h.method} ${h.path}`)).toEqual(['GET /']);
      for (const h of [...iam.hits, ...modelarts.hits]) {
        for (const name of ['x-auth-token', 'authorization', 'cookie']) {
          expect(h.headers).not.toHaveProperty(name);
        }
      }
    } finally {
      await iam.close();
      await modelarts.close();
    }
  });
});
