import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import type { Session } from '../services/session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { logLinesRouter } from './log-lines.js';

const session: Session = {
  token: 'MIItoken-offsets',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};
const LOG = Buffer.from(Array.from({ length: 25_000 }, (_, i) => `x ${i + 1}\n`).join(''));

describe('GET /api/logs/v2/…/lines from the nearest known line start', () => {
  const v2 = new FakeV2LogClient();
  const ranges: (string | undefined)[] = [];
  let honourRanges = true;
  let obs: http.Server;
  const app = express();

  beforeAll(async () => {
    obs = http.createServer((req, res) => {
      ranges.push(req.headers.range);
      const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      if (!honourRanges || !m) {
        res.end(LOG);
        return;
      }
      const start = Number(m[1]);
      res.writeHead(206, { 'content-range': `bytes ${start}-${LOG.length - 1}/${LOG.length}` });
      res.end(LOG.subarray(start));
    });
    await new Promise<void>((r) => obs.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(obs.address() as AddressInfo).port}`;
    v2.obsUrl = `${base}/w0.log`;
    app.use(requestLogger(createLogger('silent')));
    app.use((req, _res, next) => {
      req.session = session;
      next();
    });
    const v1 = new FakeLogClient();
    app.use('/api/logs', logLinesRouter({ v1, v2, modelartsEndpoint: base, obsDownloadHosts: [] }));
    app.use(errorHandler);
  });
  afterAll(() => new Promise<void>((r) => obs.close(() => r())));

  const lines = (from: number, count: number) =>
    request(app).get(`/api/logs/v2/job-1/worker-0/lines?from=${from}&count=${count}`);
  const expected = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `x ${from + i}`);

  it('reads the first time from the start, then from the 10,000th-line start it learnt', async () => {
    expect((await lines(24_990, 5)).body).toEqual({ from: 24_990, lines: expected(24_990, 5) });
    expect(ranges).toEqual([undefined]);
    expect((await lines(20_005, 3)).body).toEqual({ from: 20_005, lines: expected(20_005, 3) });
    // line 20,001 starts after 20,000 lines ("x 1\n" … "x 20000\n")
    const start = Buffer.from(expected(1, 20_000).join('\n') + '\n').length;
    expect(ranges.at(-1)).toBe(`bytes=${start}-`);
    expect((await lines(10_001, 2)).body.lines).toEqual(expected(10_001, 2));
    expect((await lines(3, 2)).body.lines).toEqual(expected(3, 2));
    expect(ranges.at(-1)).toBeUndefined();
  });

  it('gives the same lines when the file server ignores the range (whole file)', async () => {
    honourRanges = false;
    try {
      expect((await lines(20_005, 3)).body.lines).toEqual(expected(20_005, 3));
      expect((await lines(24_999, 5)).body.lines).toEqual(expected(24_999, 2));
    } finally {
      honourRanges = true;
    }
  });
});
