import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, StateUnavailableError, TooManyRequestsError } from '../errors.js';
import { createLogger } from '../logger.js';
import { apiNotFound, errorHandler, requestId } from './error-handler.js';
import { requestLogger } from './request-logger.js';

/** An app whose routes fail in the ways the error handler distinguishes; records the log lines. */
function failingApp() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  const app = express();
  app.use(requestLogger(createLogger('warn', sink)));
  app.get('/api/forbidden', () => {
    throw new ForbiddenError('not yours');
  });
  app.get('/api/busy', () => {
    throw new TooManyRequestsError('slow down', 7);
  });
  app.get('/api/busy-no-hint', () => {
    throw new TooManyRequestsError('slow down');
  });
  app.get('/api/store-down', () => {
    throw new StateUnavailableError();
  });
  app.get('/api/bug', () => {
    throw new TypeError('secret detail');
  });
  app.get('/api/logs/:jobId', (req, res) => void res.json({ id: req.params.jobId }));
  app.use('/api', apiNotFound);
  app.use(errorHandler);
  return { app, lines };
}

describe('errorHandler', () => {
  it('answers a console error with its status and body, and the request id', async () => {
    const { app, lines } = failingApp();
    const r = await request(app).get('/api/forbidden').expect(403);
    expect(r.body).toEqual({
      error_code: 'Console.0403',
      error_msg: 'not yours',
      request_id: r.headers['x-request-id'],
    });
    expect(r.headers['retry-after']).toBeUndefined();
    expect(lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
  });

  it('sends Retry-After for 429 and 503 when the error knows it, and only then', async () => {
    const { app } = failingApp();
    const busy = await request(app).get('/api/busy').expect(429);
    expect(busy.headers['retry-after']).toBe('7');
    const noHint = await request(app).get('/api/busy-no-hint').expect(429);
    expect(noHint.headers['retry-after']).toBeUndefined();
    const down = await request(app).get('/api/store-down').expect(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body.error_code).toBe('Console.0530');
  });

  it('answers anything else with 500 without its details, and logs it with the request', async () => {
    const { app, lines } = failingApp();
    const r = await request(app).get('/api/bug').expect(500);
    expect(r.body).toEqual({
      error_code: 'Console.0500',
      error_msg: 'Internal error in the console backend',
      request_id: r.headers['x-request-id'],
    });
    const logged = lines.filter((l) => l.msg === 'unhandled error');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 50,
      err: { message: 'secret detail' },
      req: { id: r.headers['x-request-id'], url: '/api/bug' },
    });
  });

  it('hands an error after the headers were sent on to Express, writing nothing', () => {
    const calls: string[] = [];
    const res = {
      headersSent: true,
      setHeader: () => calls.push('setHeader'),
      status: () => calls.push('status'),
    } as unknown as express.Response;
    const err = new TooManyRequestsError('late', 3);
    let passed: unknown;
    errorHandler(err, { id: 'r' } as express.Request, res, (e?: unknown) => {
      passed = e;
    });
    expect(passed).toBe(err);
    expect(calls).toEqual([]);
  });

  it('names an unknown /api route, with its mount, in a 404 body', async () => {
    const { app } = failingApp();
    const r = await request(app).post('/api/no/such?x=1').expect(404);
    expect(r.body).toMatchObject({
      error_code: 'Console.0404',
      error_msg: 'No such API: POST /api/no/such',
    });
  });

  it('reads the request id as a string, empty when there is none', () => {
    expect(requestId({ id: 'abc' } as express.Request)).toBe('abc');
    expect(requestId({} as express.Request)).toBe('');
  });

  it('answers a path whose percent-encoding does not decode with 400, not as a bug', async () => {
    const { app, lines } = failingApp();
    for (const path of ['/api/logs/%E0', '/api/logs/%E0%A4%A', '/api/logs/%']) {
      const r = await request(app).get(path).expect(400);
      expect(r.body).toEqual({
        error_code: 'Console.0400',
        error_msg: 'The address is not valid percent-encoding',
        request_id: r.headers['x-request-id'],
      });
    }
    expect(lines.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    // one that decodes reaches its route
    await request(app).get('/api/logs/%C3%A9').expect(200, { id: 'é' });
  });
});
