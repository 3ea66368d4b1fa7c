import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AomPage } from '../clients/modelarts-client.js';
import { errorHandler } from '../middleware/error-handler.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { logDownloadRouter, TRUNCATED_NOTE } from './log-download.js';
import { isAllowedLogLink } from '../services/log-download/obs-link.js';

const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';
const HOSTS = ['.myhuaweicloud.com', 'obs.example.org'];

async function listen(app: express.Express): Promise<{ url: string; server: Server }> {
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('isAllowedLogLink', () => {
  const ep = 'http://127.0.0.1:8081';
  it.each([
    ['http://127.0.0.1:8081/__obs/bucket/a.log', true],
    ['https://bucket.obs.eu-de.myhuaweicloud.com/a.log?sig=1', true],
    ['https://obs.example.org/a.log', true],
    ['http://bucket.obs.eu-de.myhuaweicloud.com/a.log', false],
    ['https://myhuaweicloud.com.evil.net/a.log', false],
    ['https://evilmyhuaweicloud.com/a.log', false],
    ['https://x.obs.example.org/a.log', false],
    ['http://127.0.0.1:8082/a.log', false],
    ['http://169.254.169.254/latest/meta-data', false],
    ['https://user:pw@bucket.obs.myhuaweicloud.com/a.log', false],
  ])('%s → %s', (link, allowed) => {
    expect(isAllowedLogLink(new URL(link), ep, HOSTS)).toBe(allowed);
  });
});

describe('log download guards', () => {
  const v1 = new FakeLogClient();
  const v2 = new FakeV2LogClient();
  const hits: string[] = [];
  let endpoint: { url: string; server: Server };
  let elsewhere: { url: string; server: Server };
  let app: express.Express;

  beforeAll(async () => {
    const other = express();
    other.use((req, res) => {
      hits.push(req.originalUrl);
      res.type('text/plain').send('secret metadata');
    });
    elsewhere = await listen(other);
    const obs = express();
    obs.get('/__obs/ok.log', (_req, res) => res.type('text/plain').send('ok line\n'));
    obs.get('/__obs/redirect.log', (_req, res) => res.redirect(302, `${elsewhere.url}/r`));
    endpoint = await listen(obs);
    app = express();
    app.use((req, _res, next) => {
      req.log = pino({ level: 'silent' });
      req.sessionId = 'sid';
      req.session = {
        token: 'tok',
        projectId: 'p',
        projectName: 'eu-de',
        user: 'u',
        domain: 'd',
        expiresAt: Date.now() + 60_000,
      };
      next();
    });
    app.use(
      '/api/logs',
      logDownloadRouter({
        v1,
        v2,
        modelartsEndpoint: endpoint.url,
        obsDownloadHosts: HOSTS,
        maxV1Pages: 3,
      }),
    );
    app.use(errorHandler);
  });
  afterAll(async () => {
    for (const s of [endpoint.server, elsewhere.server]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  const v2Download = () => request(app).get(`/api/logs/v2/${JOB}/worker-0/download`);

  it('v2: fetches a link on the ModelArts endpoint', async () => {
    v2.obsUrl = `${endpoint.url}/__obs/ok.log`;
    const r = await v2Download().expect(200);
    expect(r.text).toBe('ok line\n');
  });

  it('v2: refuses a link to another host with 502, without fetching it', async () => {
    hits.length = 0;
    for (const link of [`${elsewhere.url}/latest/meta-data`, 'https://evil.example.com/x']) {
      v2.obsUrl = link;
      const r = await v2Download().expect(502);
      expect(r.body).toMatchObject({ error_code: 'Console.0502' });
      expect(r.body.error_msg).toMatch(/not allowed/);
      expect(JSON.stringify(r.body)).not.toContain('evil.example.com');
    }
    expect(hits).toEqual([]);
  });

  it('v2: does not follow a redirect to another host', async () => {
    hits.length = 0;
    v2.obsUrl = `${endpoint.url}/__obs/redirect.log`;
    const r = await v2Download().expect(502);
    expect(r.body.error_code).toBe('Console.0502');
    expect(hits).toEqual([]);
  });

  it('v1: stops at the page cap with a note', async () => {
    v1.print(5000);
    v1.reads.length = 0;
    const r = await request(app).get('/api/logs/v1/1/2/download?log_file=job-a.0').expect(200);
    const lines = r.text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.at(-1)).toBe(TRUNCATED_NOTE);
    expect(lines).toHaveLength(1501);
    // the latest page and ten asc reads back to the start, then three pages forward
    expect(v1.reads[0]).toBe('latest');
    expect(v1.reads.slice(11)).toEqual([v1.cursor(500), v1.cursor(1000), v1.cursor(1500)]);
  });

  it('v1: stops when the upstream end_line does not advance', async () => {
    const stuck = new FakeLogClient();
    let calls = 0;
    stuck.readAomLog = async (): Promise<AomPage> => {
      calls += 1;
      const lines = Array.from({ length: 500 }, (_, i) => `same ${i}`);
      return { lines, count: 500, startLine: '1', endLine: '42' };
    };
    const a = express();
    a.use((req, _res, next) => {
      req.log = pino({ level: 'silent' });
      req.session = {
        token: 't',
        projectId: 'p',
        projectName: 'x',
        user: 'u',
        domain: 'd',
        expiresAt: Date.now() + 60_000,
      };
      next();
    });
    a.use(
      '/api/logs',
      logDownloadRouter({ v1: stuck, v2, modelartsEndpoint: endpoint.url, obsDownloadHosts: [] }),
    );
    const r = await request(a).get('/api/logs/v1/1/2/download?log_file=job-a.0').expect(200);
    // latest; asc from its start answers the same start (stop walking); one page; desc: no move
    expect(calls).toBe(3);
    expect(r.text.split('\n')).toHaveLength(501);
  });
});
