import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './error-handler.js';
import { JsonTooDeepError, jsonBody, MAX_JSON_DEPTH } from './json-body.js';

/** Echoes what jsonBody left in req.body (`absent` when nothing was parsed). */
function echoApp(opts: { limit: number; maxDepth?: number }) {
  const app = express();
  app.post('/api/x', jsonBody(opts), (req, res) => {
    res.setHeader('X-Sent-Length', req.headers['content-length'] ?? 'none');
    res.json({ body: req.body === undefined ? 'absent' : req.body });
  });
  app.use(errorHandler);
  return app;
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonBody', () => {
  it('parses application/json and any +json type', async () => {
    const app = echoApp({ limit: 1024 });
    for (const type of [
      'application/json',
      'application/merge-patch+json',
      'Application/JSON; charset=utf-8',
    ]) {
      const r = await request(app).post('/api/x').set('Content-Type', type).send('{"a":[1]}');
      expect(r.status, type).toBe(200);
      expect(r.body, type).toEqual({ body: { a: [1] } });
    }
  });

  it('parses a chunked body (no Content-Length)', async () => {
    const app = echoApp({ limit: 1024 });
    const sending = request(app).post('/api/x').set('Content-Type', 'application/json');
    sending.write('{"chunked":');
    sending.write('true}');
    const r = await sending;
    expect(r.headers['x-sent-length']).toBe('none');
    expect(r.body).toEqual({ body: { chunked: true } });
  });

  it('lets a request without a body through untouched, whatever its type', async () => {
    const app = echoApp({ limit: 1024 });
    expect((await request(app).post('/api/x')).body).toEqual({ body: 'absent' });
    const empty = await request(app)
      .post('/api/x')
      .set('Content-Type', 'text/plain')
      .set('Content-Length', '0');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ body: 'absent' });
  });

  it('refuses any other type with 415, naming at most 100 characters of it', async () => {
    const app = echoApp({ limit: 1024 });
    const form = await request(app).post('/api/x').type('form').send('a=1');
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({
      error_code: 'Console.0415',
      error_msg:
        'The request body must be JSON (Content-Type: application/json), not application/x-www-form-urlencoded',
    });
    const long = `text/${'x'.repeat(300)}`;
    const hostile = await request(app).post('/api/x').set('Content-Type', long).send('{}');
    expect(hostile.status).toBe(415);
    expect(hostile.body.error_msg).toBe(
      `The request body must be JSON (Content-Type: application/json), not ${long.slice(0, 100)}`,
    );
  });

  it('refuses a body without a type with 415, naming none', async () => {
    const app = echoApp({ limit: 1024 });
    const r = await request(app).post('/api/x').set('Content-Length', '2').send(Buffer.from('{}'));
    expect(r.status).toBe(415);
    expect(r.body.error_msg).toBe('The request body must be JSON (Content-Type: application/json)');
  });

  it('refuses a body past the limit with 413 and one past the depth with 400', async () => {
    const app = echoApp({ limit: 64, maxDepth: 3 });
    const big = await request(app)
      .post('/api/x')
      .type('json')
      .send(`"${'x'.repeat(100)}"`);
    expect(big.status).toBe(413);
    expect(big.body.error_msg).toBe('The request body is larger than the limit of 64 bytes');
    const ok = await request(app).post('/api/x').type('json').send(nested(3));
    expect(ok.body).toEqual({ body: [[[]]] });
    const deep = await request(app).post('/api/x').type('json').send(nested(4));
    expect(deep.status).toBe(400);
    expect(deep.body.error_msg).toBe('The JSON body is nested deeper than 3 levels');
  });

  it('nests at most MAX_JSON_DEPTH (64) levels by default', async () => {
    expect(MAX_JSON_DEPTH).toBe(64);
    const app = echoApp({ limit: 1024 });
    expect((await request(app).post('/api/x').type('json').send(nested(64))).status).toBe(200);
    const deep = await request(app).post('/api/x').type('json').send(nested(65));
    expect(deep.status).toBe(400);
    expect(deep.body.error_msg).toBe('The JSON body is nested deeper than 64 levels');
  });

  it('describes a body nested too deep as body-parser describes its own errors', () => {
    const e = new JsonTooDeepError(5);
    expect([e.status, e.type, e.name, e.maxDepth, e.message]).toEqual([
      400,
      'entity.too.deep',
      'JsonTooDeepError',
      5,
      'The JSON body is nested deeper than 5 levels',
    ]);
  });
});
