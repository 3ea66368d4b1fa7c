import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AomPage, AomQuery, LogTarget } from '../clients/modelarts-client.js';
import type { V2LogTarget } from '../clients/modelarts-v2-client.js';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import type { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { LogTooLongError } from '../services/log-read/aom-line-index.js';
import type { Session } from '../services/session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { logLinesRouter, type LogLinesDeps } from './log-lines.js';

const session: Session = {
  token: 'MIItoken-guards',
  projectId: 'p7',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};

/** A gate: `entered` resolves when a read waits at it, `open()` lets every read through. */
function gate() {
  let open!: () => void;
  let entered!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  const reached = new Promise<void>((r) => (entered = r));
  return { opened, reached, open, entered, closed: false };
}

/** The fake aom-log, recording the target and token of every read, optionally held at a gate. */
class RecordingV1 extends FakeLogClient {
  readonly seen: { target: LogTarget; token: string }[] = [];
  held: ReturnType<typeof gate> | undefined;
  override async readAomLog(t: LogTarget, token: string, q: AomQuery): Promise<AomPage> {
    this.seen.push({ target: t, token });
    const g = this.held;
    if (g) {
      g.entered();
      await g.opened;
    }
    return super.readAomLog(t, token, q);
  }
}

class RecordingV2 extends FakeV2LogClient {
  readonly seen: { target: V2LogTarget; token: string }[] = [];
  held: ReturnType<typeof gate> | undefined;
  override async logUrl(t: V2LogTarget, token: string): Promise<string> {
    this.seen.push({ target: t, token });
    const g = this.held;
    if (g) {
      g.entered();
      await g.opened;
    }
    return this.obsUrl;
  }
}

describe('GET /api/logs/…/lines: credentials, bounds and failures', () => {
  const v1 = new RecordingV1();
  const v2 = new RecordingV2();
  let obs: http.Server;
  let base = '';

  const appWith = (more: Partial<LogLinesDeps> = {}) => {
    const app = express();
    app.use(requestLogger(createLogger('silent')));
    app.use((req, _res, next) => {
      req.session = session;
      next();
    });
    app.use(
      '/api/logs',
      logLinesRouter({ v1, v2, modelartsEndpoint: base, obsDownloadHosts: [], ...more }),
    );
    app.use(errorHandler);
    return app;
  };

  beforeAll(async () => {
    v1.print(20, 'step');
    obs = http.createServer((_req, res) => res.end('a\nb\nc\n'));
    await new Promise<void>((r) => obs.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(obs.address() as AddressInfo).port}`;
    v2.obsUrl = `${base}/w0.log`;
  });
  afterAll(() => new Promise<void>((r) => obs.close(() => r())));

  const V1 = '/api/logs/v1/11/22/lines?log_file=w0.log&from=2&count=2';
  const V2 = '/api/logs/v2/job-1/worker-0/lines?from=2&count=2';

  it("reads with the session's token and project, never caching the answer", async () => {
    const app = appWith();
    const one = await request(app).get(V1).expect(200);
    expect(one.body).toEqual({ from: 2, lines: ['step 2', 'step 3'] });
    expect(one.headers['cache-control']).toBe('no-store');
    expect(v1.seen.length).toBeGreaterThan(0);
    for (const s of v1.seen) {
      expect(s).toEqual({
        target: { projectId: 'p7', jobId: '11', versionId: '22', logFile: 'w0.log' },
        token: session.token,
      });
    }
    const two = await request(app).get(V2).expect(200);
    expect(two.body).toEqual({ from: 2, lines: ['b', 'c'] });
    expect(two.headers['cache-control']).toBe('no-store');
    expect(v2.seen).toEqual([
      { target: { projectId: 'p7', jobId: 'job-1', taskId: 'worker-0' }, token: session.token },
    ]);
  });

  it('answers a v1 log too long to index 400, telling to download it', async () => {
    const indexes = {
      get: () => Promise.reject(new LogTooLongError('too long')),
    } as unknown as AomIndexCache;
    const r = await request(appWith({ v1Indexes: indexes }))
      .get(V1)
      .expect(400);
    expect(r.body.error_msg).toBe(
      'The log is too long to page through on the console; download it to read all of it',
    );
  });

  it('passes any other failure of the index on as it is (not a 400)', async () => {
    const indexes = { get: () => Promise.reject(new Error('boom')) } as unknown as AomIndexCache;
    const r = await request(appWith({ v1Indexes: indexes })).get(V1);
    expect(r.status).toBe(500);
    expect(r.body.error_msg).not.toMatch(/too long/);
  });

  it('allows maxAtOnce reads at once (429, Retry-After 1 s beyond), and frees the slot after each', async () => {
    for (const [path, client] of [
      [V1, v1],
      [V2, v2],
    ] as const) {
      const app = appWith({ limits: { maxAtOnce: 1 } });
      const g = gate();
      client.held = g;
      const first = request(app)
        .get(path)
        .then((r) => r);
      await g.reached;
      const refused = await request(app).get(path).expect(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body.error_msg).toBe('Too many log reads at once; try again shortly');
      client.held = undefined;
      g.open();
      expect((await first).status).toBe(200);
      // the slot is free again, for the next read as for the one after it
      await request(app).get(path).expect(200);
      await request(app).get(path).expect(200);
    }
  });

  it('frees the slot when a read fails', async () => {
    const indexes = { get: () => Promise.reject(new Error('boom')) } as unknown as AomIndexCache;
    const one = appWith({ v1Indexes: indexes, limits: { maxAtOnce: 1 } });
    await request(one).get(V1).expect(500);
    await request(one).get(V1).expect(500);
    const two = appWith({ limits: { maxAtOnce: 1 } });
    v2.obsUrl = `${base}/w0.log`.replace('http:', 'ftp:');
    try {
      const failed = await request(two).get(V2);
      expect(failed.status).toBeGreaterThanOrEqual(500);
    } finally {
      v2.obsUrl = `${base}/w0.log`;
    }
    await request(two).get(V2).expect(200);
  });
});
