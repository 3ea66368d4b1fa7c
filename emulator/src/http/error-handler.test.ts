import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { V1Error } from '../domain/v1/errors.js';
import { errorHandler, notFound } from './error-handler.js';
import { jsonBody } from './json-body.js';
import { BODY_TOO_LARGE } from './v1/v1-error-body.js';

/**
 * The last error handler on its own: the error body in the shape of the path's API — IAM under
 * /v3, the v1 envelope under /v1, the gateway's plain one elsewhere.
 */
const ROUTE = 'The API does not exist or has not been published in the environment';
let lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk));
    done();
  },
});
beforeEach(() => {
  lines = [];
});

const app = express();
app.use(jsonBody());
app.post(['/v3/echo', '/echo'], (req, res) => void res.json(req.body));
app.get(['/v3/fail/:status', '/fail/:status'], (req) => {
  throw new V1Error(Number(req.params.status), 'ModelArts.9999', 'failed');
});
app.get(['/v3/boom', '/boom'], () => {
  throw new Error('boom');
});
app.get(['/p/:id', '/v1/p/:id', '/v3/p/:id'], (req, res) => void res.json({ id: req.params.id }));
app.get('/late', (_req, res, next) => {
  res.write('partial');
  next(new Error('too late'));
});
app.use(notFound);
app.use(errorHandler(pino({ level: 'error' }, sink)));

const plain = (code: string, msg: string) => ({ error_code: code, error_msg: msg });
const iam = (status: number, title: string, code: string, msg: string) => ({
  error: { code: status, message: msg, title },
  ...plain(code, msg),
});
const v1 = (code: string, msg: string) => ({
  is_success: false,
  error_code: code,
  error_message: msg,
  error_msg: msg,
});
const answer = async (p: request.Test) => {
  const res = await p;
  return [res.status, res.body] as const;
};
const post = (path: string, raw: string, type = 'application/json') =>
  answer(request(app).post(path).set('content-type', type).send(raw));

describe('unknown routes: 404 APIGW.0101 in the API shape of the path', () => {
  it.each([
    ['/nope', plain('APIGW.0101', ROUTE)],
    ['/v3x', plain('APIGW.0101', ROUTE)],
    ['/v10/a', plain('APIGW.0101', ROUTE)],
    ['/v3', iam(404, 'Not Found', 'APIGW.0101', ROUTE)],
    ['/v3/nope', iam(404, 'Not Found', 'APIGW.0101', ROUTE)],
    ['/v1', v1('APIGW.0101', ROUTE)],
    ['/v1/nope', v1('APIGW.0101', ROUTE)],
  ])('%s', async (path, body) => {
    expect(await answer(request(app).get(path))).toEqual([404, body]);
  });
});

describe('a thrown V1Error keeps its status and code', () => {
  it.each([
    [400, 'Bad Request'],
    [401, 'Bad Request'],
    [413, 'Payload Too Large'],
    [500, 'Internal Server Error'],
    [503, 'Internal Server Error'],
  ])('%i under /v3 has the title %s; elsewhere the plain body', async (status, title) => {
    const under = await answer(request(app).get(`/v3/fail/${status}`));
    expect(under).toEqual([status, iam(status, title, 'ModelArts.9999', 'failed')]);
    const outside = await answer(request(app).get(`/fail/${status}`));
    expect(outside).toEqual([status, plain('ModelArts.9999', 'failed')]);
  });
});

describe('a bad body outside /v1', () => {
  const deep = '{"a":'.repeat(100) + '1' + '}'.repeat(100);
  const DEEP = 'The request body is invalid: a.a.a…: the request body nests deeper than 64 levels';

  it.each([
    ['not JSON', '{bad', 400, 'APIGW.0101', 'The request body is not valid JSON.'],
    ['too deep', deep, 400, 'APIGW.0101', DEEP],
    ['too large', `"${'x'.repeat(3 * 1024 * 1024)}"`, 413, 'ModelArts.4104', BODY_TOO_LARGE],
  ])('%s: plain, and IAM under /v3', async (_what, raw, status, code, msg) => {
    expect(await post('/echo', raw)).toEqual([status, plain(code, msg)]);
    const title = status === 413 ? 'Payload Too Large' : 'Bad Request';
    expect(await post('/v3/echo', raw)).toEqual([status, iam(status, title, code, msg)]);
  });

  it('in a charset the parser does not read: its 415 as an invalid body', async () => {
    const msg = 'The request body is invalid: unsupported charset "LATIN-9"';
    const res = await post('/v3/echo', '{}', 'application/json; charset=latin-9');
    expect(res).toEqual([415, iam(415, 'Bad Request', 'APIGW.0101', msg)]);
  });
});

describe('the body reader before the handler', () => {
  it('reads 64 levels and up to 2 MB; refuses a 65th level', async () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect((await post('/echo', nested(64)))[0]).toBe(200);
    expect(await post('/echo', nested(65))).toEqual([
      400,
      plain(
        'APIGW.0101',
        'The request body is invalid: [0][0][0]…: the request body nests deeper than 64 levels',
      ),
    ]);
    const big = JSON.stringify({ s: 'x'.repeat(1024 * 1024 + 512 * 1024) });
    expect(await post('/echo', big)).toEqual([200, JSON.parse(big)]);
  });
});

describe('an unexpected error', () => {
  it('is logged with its path and answered 500: APIGW.0001 under /v3, ModelArts.0010 elsewhere', async () => {
    const internal = 'Internal error.';
    expect(await answer(request(app).get('/v3/boom'))).toEqual([
      500,
      iam(500, 'Internal Server Error', 'APIGW.0001', internal),
    ]);
    expect(await answer(request(app).get('/boom'))).toEqual([
      500,
      plain('ModelArts.0010', internal),
    ]);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.map((l) => [l.msg, l.path])).toEqual([
      ['unexpected error', '/v3/boom'],
      ['unexpected error', '/boom'],
    ]);
  });

  it('after the answer started is left to Express (the connection ends, nothing is logged)', async () => {
    const res = await request(app)
      .get('/late')
      .then(
        (r) => r.status,
        (e: Error) => e.message,
      );
    expect(res).not.toBe(500);
    expect(lines).toEqual([]);
  });
});

describe('a path whose percent-encoding does not decode', () => {
  it('is the client’s 400 in the API shape of the path, not a 500, and logs no error', async () => {
    const [status, body] = await answer(request(app).get('/p/%E0'));
    expect(status).toBe(400);
    expect(body).toEqual(
      plain('APIGW.0101', 'The request is invalid: the path is not valid percent-encoding'),
    );
    const [v1Status, v1Body] = await answer(request(app).get('/v1/p/%E0%A4'));
    expect(v1Status).toBe(400);
    expect(v1Body).toMatchObject({ is_success: false });
    expect((await answer(request(app).get('/v3/p/%'))).at(0)).toBe(400);
    expect(lines).toEqual([]);
    // a path that decodes still reaches its route
    expect(await answer(request(app).get('/p/%C3%A9'))).toEqual([200, { id: 'é' }]);
  });
});
