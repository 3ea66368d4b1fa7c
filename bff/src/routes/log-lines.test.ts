import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogLinesPageSchema } from '@console/shared';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import type { Session } from '../services/session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { logLinesRouter } from './log-lines.js';

const session: Session = {
  token: 'MIItoken-lines',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};

describe('GET /api/logs/…/lines', () => {
  const v1 = new FakeLogClient();
  const v2 = new FakeV2LogClient();
  let obs: http.Server;
  let who: Session | undefined = session;
  const app = express();

  beforeAll(async () => {
    v1.print(3_000, 'step');
    obs = http.createServer((_req, res) => {
      res.end(Array.from({ length: 5_000 }, (_, i) => `x ${i + 1}`).join('\n') + '\n');
    });
    await new Promise<void>((r) => obs.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(obs.address() as AddressInfo).port}`;
    v2.obsUrl = `${base}/w0.log`;
    app.use(requestLogger(createLogger('silent')));
    app.use((req, _res, next) => {
      if (who) req.session = who;
      next();
    });
    app.use('/api/logs', logLinesRouter({ v1, v2, modelartsEndpoint: base, obsDownloadHosts: [] }));
    app.use(errorHandler);
  });
  afterAll(() => new Promise<void>((r) => obs.close(() => r())));

  it('v1: the lines by number (the log walked once, then one read a page)', async () => {
    const r = await request(app).get('/api/logs/v1/1/2/lines?log_file=w0&from=999&count=3');
    expect(r.status).toBe(200);
    expect(LogLinesPageSchema.parse(r.body)).toEqual({
      from: 999,
      lines: ['step 999', 'step 1000', 'step 1001'],
    });
    const before = v1.reads.length;
    const again = await request(app).get('/api/logs/v1/1/2/lines?log_file=w0&from=1&count=2');
    expect(again.body).toEqual({ from: 1, lines: ['step 1', 'step 2'] });
    // one read to see whether the log grew, one for the page
    expect(v1.reads.length - before).toBe(2);
    expect(JSON.stringify(again.body)).not.toContain(session.token);
  });

  it('v2: the lines by number from the full log file, fewer at its end', async () => {
    const r = await request(app).get('/api/logs/v2/job-1/worker-0/lines?from=4999&count=5');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ from: 4999, lines: ['x 4999', 'x 5000'] });
  });

  it('refuses a bad range, no session or no role (naming the field), never a 5xx', async () => {
    const none = await request(app).get('/api/logs/v2/job-1/worker-0/lines?count=5').expect(400);
    expect(none.body.error_msg).toMatch(/from is required/);
    const zero = await request(app)
      .get('/api/logs/v2/job-1/worker-0/lines?from=0&count=5')
      .expect(400);
    expect(zero.body.error_msg).toMatch(/from must be a line number/);
    const big = await request(app)
      .get('/api/logs/v2/job-1/worker-0/lines?from=1&count=2001')
      .expect(400);
    expect(big.body.error_msg).toMatch(/count must be 1–2000/);
    const file = await request(app).get('/api/logs/v1/1/2/lines?from=1&count=5').expect(400);
    expect(file.body.error_msg).toMatch(/log_file is required/);
    who = undefined;
    await request(app).get('/api/logs/v2/job-1/worker-0/lines?from=1&count=1').expect(401);
    who = { ...session, portal: { subject: 's', groups: [], roles: {}, guardrails: {} } };
    await request(app).get('/api/logs/v2/job-1/worker-0/lines?from=1&count=1').expect(403);
    who = session;
  });
});
