import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { eventually } from '../test-support/eventually.js';
import { requestLogger, requestLogLevel, type RequestOutcome } from './request-logger.js';

function recordedApp(level = 'info', slowMs?: number) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  const app = express();
  app.use(requestLogger(createLogger(level, sink), slowMs === undefined ? {} : { slowMs }));
  app.get('/api/upstream-down', (_req, res) => {
    res.status(503).json({ error_code: 'ModelArts.0010' });
  });
  app.get('/api/expired', (_req, res) => {
    res.status(401).json({ error_code: 'Console.0401' });
  });
  app.get('/api/missing', (_req, res) => {
    res.status(404).json({ error_code: 'Console.0404' });
  });
  app.get('/api/ok', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/api/slow', (_req, res) => {
    setTimeout(() => res.json({ ok: true }), 60);
  });
  app.post('/api/jobs', (_req, res) => {
    res.json({ created: true });
  });
  app.get('/api/says-hello', (req, res) => {
    req.log.info({ user: 'demo' }, 'hello');
    res.json({ ok: true });
  });
  app.get('/api/hangs', () => undefined);
  app.get('/api/health', (_req, res) => {
    res.status(500).end();
  });
  app.get('/api/ready', (_req, res) => {
    res.status(500).end();
  });
  app.get('/index.html', (_req, res) => {
    res.status(500).end();
  });
  return { app, lines };
}

const outcome = (o: Partial<RequestOutcome>): RequestOutcome => ({
  method: 'GET',
  statusCode: 200,
  aborted: false,
  durationMs: 5,
  ...o,
});

describe('the level of a request line', () => {
  it('is debug for a fast successful GET or HEAD only', () => {
    expect(requestLogLevel(outcome({}))).toBe('debug');
    expect(requestLogLevel(outcome({ method: 'HEAD', statusCode: 304 }))).toBe('debug');
  });
  it('is info for a state-changing call, a slow one, an aborted one and a 401', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(requestLogLevel(outcome({ method }))).toBe('info');
    }
    expect(requestLogLevel(outcome({ durationMs: 1_000 }))).toBe('info');
    expect(requestLogLevel(outcome({ durationMs: 50 }), 50)).toBe('info');
    expect(requestLogLevel(outcome({ statusCode: undefined, aborted: true }))).toBe('info');
    expect(requestLogLevel(outcome({ statusCode: 200, aborted: true }))).toBe('info');
    expect(requestLogLevel(outcome({ statusCode: 401 }))).toBe('info');
  });
  it('is warn for other 4xx and 5xx answers, whatever the method', () => {
    expect(requestLogLevel(outcome({ statusCode: 404 }))).toBe('warn');
    expect(requestLogLevel(outcome({ statusCode: 503 }))).toBe('warn');
    expect(requestLogLevel(outcome({ method: 'POST', statusCode: 400 }))).toBe('warn');
    expect(requestLogLevel(outcome({ statusCode: 502, aborted: true }))).toBe('warn');
  });
});

describe('request log lines', () => {
  it('logs a 5xx handed on from ModelArts as a warning, without a made-up stack', async () => {
    const { app, lines } = recordedApp();
    await request(app).get('/api/upstream-down').expect(503);
    const [down] = lines;
    expect(down).toMatchObject({
      level: 40,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/upstream-down' },
      res: { statusCode: 503 },
    });
    expect(down).not.toHaveProperty('err');
    expect(JSON.stringify(down)).not.toContain('failed with status code');
  });

  it('keeps failed, slow and state-changing requests at info or above; a fast 200 GET is not', async () => {
    const { app, lines } = recordedApp('info', 40);
    await request(app).get('/api/ok?page=1').expect(200);
    await request(app).get('/api/expired').expect(401);
    await request(app).get('/api/missing').expect(404);
    await request(app).get('/api/slow').expect(200);
    await request(app).post('/api/jobs').send({}).expect(200);
    await eventually(() => lines.length >= 4, 5000, 'four request lines');
    expect(lines.map((l) => [l.level, (l.req as { url: string }).url])).toEqual([
      [30, '/api/expired'],
      [40, '/api/missing'],
      [30, '/api/slow'],
      [30, '/api/jobs'],
    ]);
    const slow = lines[2]!;
    expect(slow.responseTime as number).toBeGreaterThanOrEqual(40);
  });

  it('writes the fast 200 GET at debug, with its request id and full url', async () => {
    const { app, lines } = recordedApp('debug');
    const res = await request(app).get('/api/ok?page=1').expect(200);
    await eventually(() => lines.length >= 1, 5000, 'the request line');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 20,
        msg: 'request completed',
        req: { id: res.headers['x-request-id'], method: 'GET', url: '/api/ok?page=1' },
        res: { statusCode: 200 },
      }),
    ]);
  });

  it('gives each request its own id, echoed in X-Request-Id and on the lines of req.log', async () => {
    const { app, lines } = recordedApp();
    const a = await request(app).get('/api/says-hello').expect(200);
    const b = await request(app).get('/api/says-hello').expect(200);
    const ids = [a.headers['x-request-id'], b.headers['x-request-id']];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(lines.map((l) => [l.msg, (l.req as { id: string }).id, l.user])).toEqual([
      ['hello', ids[0], 'demo'],
      ['hello', ids[1], 'demo'],
    ]);
  });

  it('logs a request the client abandoned', async () => {
    const { app, lines } = recordedApp();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    const ac = new AbortController();
    let arrived!: () => void;
    const reached = new Promise<void>((r) => (arrived = r));
    server.once('request', () => arrived());
    const gone = fetch(`http://127.0.0.1:${port}/api/hangs`, { signal: ac.signal }).catch(() => 0);
    await reached;
    ac.abort();
    await gone;
    await eventually(() => lines.length > 0, 5000, 'the aborted request line');
    server.closeAllConnections();
    server.close();
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'request aborted', res: { statusCode: null } }),
    ]);
  });

  it('does not log health probes nor web files', async () => {
    const { app, lines } = recordedApp('debug');
    await request(app).get('/api/health').expect(500);
    await request(app).get('/api/ready').expect(500);
    await request(app).get('/index.html').expect(500);
    // proves the logger ran after the probe: the next request's line arrives, and it is the only one
    await request(app).get('/api/missing').expect(404);
    await eventually(() => lines.length >= 1, 5000, 'the next request line');
    expect(lines.map((l) => (l.req as { url: string }).url)).toEqual(['/api/missing']);
  });
});

describe('req.log', () => {
  it('is made once per request, can be replaced, and is absent without requestLogger', async () => {
    const app = express();
    const seen: boolean[] = [];
    app.use('/plain', (req, res) => {
      res.json({ log: req.log === undefined });
    });
    app.use(requestLogger(createLogger('silent')));
    app.get('/api/same', (req, res) => {
      seen.push(req.log === req.log);
      const own = createLogger('silent');
      req.log = own;
      seen.push(req.log === own);
      res.end();
    });
    await request(app).get('/api/same').expect(200);
    expect(seen).toEqual([true, true]);
    expect((await request(app).get('/plain')).body).toEqual({ log: true });
  });

  it('logs the full URL when mounted under a path', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        cb();
      },
    });
    const app = express();
    app.use('/api', requestLogger(createLogger('info', sink)));
    app.get('/api/gone', (_req, res) => {
      res.status(404).end();
    });
    await request(app).get('/api/gone?x=1').expect(404);
    await eventually(() => lines.length >= 1, 5000, 'the request line');
    expect(lines[0]).toMatchObject({ req: { url: '/api/gone?x=1' } });
  });
});
