import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { RequestSample } from '../metrics/metrics.js';
import { eventually } from '../test-support/eventually.js';
import { PROXY_MOUNTS } from './edge.js';
import { httpMetrics } from './http-metrics.js';

/** An app measured by httpMetrics into `samples`, with routes of each kind the labels tell apart. */
function measuredApp() {
  const samples: (RequestSample & { seconds: number })[] = [];
  const app = express();
  app.use(
    httpMetrics({ observeRequest: (s, seconds) => samples.push({ ...s, seconds }) }, PROXY_MOUNTS),
  );
  app.get('/api/logs/v1/:jobId/:versionId', (_req, res) => {
    res.json({ ok: true });
  });
  const things = express.Router();
  things.get('/:id', () => {
    throw new Error('fails after the route matched');
  });
  app.use('/api/things', things);
  app.get('/api/events', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
    res.end('data: 1\n\n');
  });
  app.get('/api/hangs', () => undefined);
  // the proxy: no Express route template under its mount
  app.use('/api/v1', (_req, res) => {
    res.status(404).json({});
  });
  app.use(((_err, _req, res, _next) => {
    res.status(500).json({});
  }) as express.ErrorRequestHandler);
  return { app, samples };
}

describe('httpMetrics', () => {
  it('counts each request once by method, route template, status and stream', async () => {
    const { app, samples } = measuredApp();
    await request(app).get('/api/logs/v1/11/22').expect(200);
    await request(app).get('/api/things/42').expect(500);
    await request(app).get('/api/v1/training-jobs/123/versions/789').expect(404);
    await request(app).get('/api/events').expect(200);
    await request(app).post('/api/unknown/9').expect(404);
    await eventually(() => samples.length >= 5, 5000, 'five samples');
    expect(samples.map(({ seconds: _, ...s }) => s)).toEqual([
      { method: 'GET', route: '/api/logs/v1/:jobId/:versionId', status: '200', stream: false },
      { method: 'GET', route: '/api/things/:id', status: '500', stream: false },
      {
        method: 'GET',
        route: '/api/v1/training-jobs/:id/versions/:id',
        status: '404',
        stream: false,
      },
      { method: 'GET', route: '/api/events', status: '200', stream: true },
      { method: 'POST', route: '/api/*', status: '404', stream: false },
    ]);
  });

  it('times each request in seconds from its start', async () => {
    const { app, samples } = measuredApp();
    const before = performance.now();
    await request(app).get('/api/logs/v1/1/2').expect(200);
    await eventually(() => samples.length >= 1, 5000, 'the sample');
    const elapsed = (performance.now() - before) / 1000;
    expect(samples[0]!.seconds).toBeGreaterThan(0);
    expect(samples[0]!.seconds).toBeLessThanOrEqual(elapsed);
  });

  it('counts a request the client abandoned before any header as aborted', async () => {
    const { app, samples } = measuredApp();
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
    await eventually(() => samples.length > 0, 5000, 'the aborted sample');
    server.closeAllConnections();
    server.close();
    expect(samples).toEqual([
      expect.objectContaining({
        method: 'GET',
        route: '/api/hangs',
        status: 'aborted',
        stream: false,
      }),
    ]);
  });
});
