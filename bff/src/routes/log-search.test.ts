import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogSearchEndSchema, LogSearchMatchSchema } from '@console/shared';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import type { Session } from '../services/session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { logSearchRouter } from './log-search.js';

const session: Session = {
  token: 'MIItoken-search',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};

function ndjson(text: string): unknown[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
}

describe('GET /api/logs/…/search', () => {
  const v1 = new FakeLogClient();
  const v2 = new FakeV2LogClient();
  let obs: http.Server;
  let who: Session | undefined = session;
  const app = express();

  beforeAll(async () => {
    for (let i = 1; i <= 3000; i++)
      v1.lines.push(i % 1000 === 0 ? `checkpoint saved ${i}` : `step ${i}`);
    obs = http.createServer((_req, res) => {
      res.end(
        Array.from({ length: 50 }, (_, i) => (i === 9 ? 'CUDA Out Of Memory' : `x ${i}`)).join(
          '\n',
        ),
      );
    });
    await new Promise<void>((r) => obs.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(obs.address() as AddressInfo).port}`;
    v2.obsUrl = `${base}/w0.log`;
    app.use(requestLogger(createLogger('silent')));
    app.use((req, _res, next) => {
      if (who) req.session = who;
      next();
    });
    app.use(
      '/api/logs',
      logSearchRouter({
        v1,
        v2,
        modelartsEndpoint: base,
        obsDownloadHosts: [],
        limits: { maxV1Reads: 50 },
      }),
    );
    app.use(errorHandler);
  });
  afterAll(() => new Promise<void>((r) => obs.close(() => r())));

  it('v1: pages through the log from its start and streams the matches, then a summary', async () => {
    const r = await request(app)
      .get('/api/logs/v1/1/2/search?log_file=w0&q=CHECKPOINT&before=2500')
      .expect(200);
    expect(r.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const [a, b, end] = ndjson(r.text);
    expect([LogSearchMatchSchema.parse(a), LogSearchMatchSchema.parse(b)]).toEqual([
      { line: 1000, text: 'checkpoint saved 1000' },
      { line: 2000, text: 'checkpoint saved 2000' },
    ]);
    expect(LogSearchEndSchema.parse(end)).toEqual({
      done: true,
      lines_read: 2499,
      matches: 2,
      truncated: false,
      more: false,
    });
    expect(r.text).not.toContain(session.token);
  });

  it('v2: reads the full log file and finds the line', async () => {
    const r = await request(app)
      .get('/api/logs/v2/job-1/worker-0/search?q=out%20of%20memory')
      .expect(200);
    expect(ndjson(r.text)).toEqual([
      { line: 10, text: 'CUDA Out Of Memory' },
      { done: true, lines_read: 50, matches: 1, truncated: false, more: false },
    ]);
  });

  it('refuses a missing or long query, a bad line, no session or no role (naming the field)', async () => {
    const missing = await request(app).get('/api/logs/v2/job-1/worker-0/search').expect(400);
    expect(missing.body.error_msg).toMatch(/q is required/);
    const long = await request(app)
      .get(`/api/logs/v2/job-1/worker-0/search?q=${'a'.repeat(201)}`)
      .expect(400);
    expect(long.body.error_msg).toMatch(/q must be at most 200/);
    const before = await request(app)
      .get('/api/logs/v1/1/2/search?log_file=w0&q=a&before=0')
      .expect(400);
    expect(before.body.error_msg).toMatch(/before/);
    who = undefined;
    await request(app).get('/api/logs/v2/job-1/worker-0/search?q=a').expect(401);
    who = { ...session, portal: { subject: 's', groups: [], roles: {}, guardrails: {} } };
    await request(app).get('/api/logs/v2/job-1/worker-0/search?q=a').expect(403);
    who = session;
  });

  it('says so when the log is too long to search (the page bound), never a 5xx', async () => {
    const long = new FakeLogClient();
    for (let i = 0; i < 60 * 500; i++) long.lines.push(`l ${i}`);
    const small = express();
    small.use(requestLogger(createLogger('silent')));
    small.use((req, _res, next) => {
      req.session = session;
      next();
    });
    small.use(
      '/api/logs',
      logSearchRouter({
        v1: long,
        v2,
        modelartsEndpoint: 'http://x',
        obsDownloadHosts: [],
        limits: { maxV1Reads: 20 },
      }),
    );
    small.use(errorHandler);
    // the forward reads stop at their bound: the answer says the search did not see it all
    const r = await request(small).get('/api/logs/v1/1/2/search?log_file=w0&q=zzz').expect(200);
    expect(ndjson(r.text).at(-1)).toEqual({
      done: true,
      lines_read: 20 * 500,
      matches: 0,
      truncated: true,
      more: false,
    });
    // a log longer than the index walks back through is refused, naming why, never a 5xx
    const tiny = express();
    tiny.use(requestLogger(createLogger('silent')));
    tiny.use((req, _res, next) => {
      req.session = session;
      next();
    });
    tiny.use(
      '/api/logs',
      logSearchRouter({
        v1: long,
        v2,
        modelartsEndpoint: 'http://x',
        obsDownloadHosts: [],
        v1Indexes: new AomIndexCache(4, 10),
      }),
    );
    tiny.use(errorHandler);
    const refused = await request(tiny)
      .get('/api/logs/v1/1/2/search?log_file=w0&q=zzz')
      .expect(400);
    expect(refused.body.error_msg).toMatch(/too long to search/);
  });

  it('answers 429 past the searches at once, and frees the slot when a search ends', async () => {
    let release: () => void = () => undefined;
    const slow = http.createServer((_req, res) => {
      res.write('first line\n');
      release = () => res.end('last line\n');
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const held = new FakeV2LogClient();
    held.obsUrl = `${base}/slow.log`;
    const one = express();
    one.use(requestLogger(createLogger('silent')));
    one.use((req, _res, next) => {
      req.session = session;
      next();
    });
    one.use(
      '/api/logs',
      logSearchRouter({
        v1,
        v2: held,
        modelartsEndpoint: base,
        obsDownloadHosts: [],
        limits: { maxAtOnce: 1 },
      }),
    );
    one.use(errorHandler);
    const server = one.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/logs/v2/j/worker-0/search?q=line`;
    try {
      const first = await fetch(url);
      const reader = first.body?.getReader();
      const chunk = await reader?.read();
      expect(new TextDecoder().decode(chunk?.value)).toContain('first line');
      const second = await fetch(url);
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('2');
      release();
      while (!(await reader?.read())?.done);
      const third = await fetch(url);
      expect(third.status).toBe(200);
      release();
      await third.text();
    } finally {
      server.close();
      slow.closeAllConnections();
      slow.close();
    }
  });
});
