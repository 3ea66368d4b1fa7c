import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { requestLogger } from './request-logger.js';

function recordedApp() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  const app = express();
  app.use(requestLogger(createLogger('info', sink)));
  app.get('/api/upstream-down', (_req, res) => {
    res.status(503).json({ error_code: 'ModelArts.0010' });
  });
  app.get('/api/ok', (_req, res) => {
    res.json({ ok: true });
  });
  return { app, lines };
}

describe('request log lines', () => {
  it('logs a 5xx handed on from ModelArts as a warning, without a made-up stack', async () => {
    const { app, lines } = recordedApp();
    await request(app).get('/api/upstream-down').expect(503);
    await request(app).get('/api/ok').expect(200);
    const [down, ok] = lines;
    expect(down).toMatchObject({ level: 40, res: { statusCode: 503 } });
    expect(down).not.toHaveProperty('err');
    expect(JSON.stringify(down)).not.toContain('failed with status code');
    expect(ok).toMatchObject({ level: 30, res: { statusCode: 200 } });
  });
});
