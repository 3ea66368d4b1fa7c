import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { startFakeUpstream } from '../test-support/fake-upstream.js';
import { fakeIam, listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { closedPortUrl, startProbeUpstream } from '../test-support/probe-upstream.js';
import { testConfig } from '../test-support/test-config.js';

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';
const CSRF = { 'X-Requested-With': 'modelarts-console' };

/** The value of one series in a Prometheus text body (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/metrics', () => {
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let webDist: string;
  let c: ConsoleApp;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'metrics-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>SPA</title>');
    c = createApp({
      config: testConfig({ modelartsEndpoint: upstream.url, webDist }),
      iam: fakeIam,
    });
  });
  afterAll(async () => {
    c.dispose();
    await upstream.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('answers Prometheus text with the default Node metrics, never the web app', async () => {
    const res = await request(c.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toBe(PROMETHEUS_TEXT);
    expect(res.text).not.toContain('<');
    expect(res.text).toContain('# TYPE console_http_requests_total counter');
    expect(res.text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(res.text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
    expect(res.text).toContain('console_upstream_errors_total{upstream="iam",kind="network"} 0');
    for (const [method, url] of [
      ['post', '/metrics'],
      ['get', '/metrics/anything'],
    ] as const) {
      const other = await request(c.app)[method](url).expect(404);
      expect(other.headers['content-type']).toContain('application/json');
      expect(other.body.error_code).toBe('Console.0404');
    }
  });

  it('counts requests by route template; the counter grows after a request', async () => {
    const series = 'console_http_requests_total{method="GET",route="/api/health",status="200"}';
    const before = sample((await request(c.app).get('/metrics')).text, series);
    await request(c.app).get('/api/health').expect(200);
    const after = (await request(c.app).get('/metrics')).text;
    expect(sample(after, series)).toBe(before + 1);
    expect(
      sample(
        after,
        'console_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}',
      ),
    ).toBe(before + 1);
  });

  it('labels proxied, refused and unknown paths without their ids', async () => {
    const signIn = await request(c.app)
      .post('/api/session')
      .set(CSRF)
      .send({ domain: 'd', username: 'u', password: 'p', project: 'eu-de' })
      .expect(200);
    const cookie = String(signIn.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    await request(c.app)
      .get('/api/v1/training-jobs/918273645/versions/564738291')
      .set('Cookie', cookie)
      .expect(200);
    await request(c.app).get('/api/logs/v1/918273645/564738291?log_file=a').expect(401);
    await request(c.app).get('/api/no-such-thing/918273645').expect(404);
    await request(c.app).get('/jobs/918273645').expect(200);
    const text = (await request(c.app).get('/metrics')).text;
    expect(text).not.toContain('918273645');
    for (const series of [
      'method="POST",route="/api/session",status="200"',
      'method="GET",route="/api/v1/training-jobs/:id/versions/:id",status="200"',
      'method="GET",route="/api/logs/v1/:jobId/:versionId",status="401"',
      'method="GET",route="/api/*",status="404"',
      'method="GET",route="/*",status="200"',
    ]) {
      expect(sample(text, `console_http_requests_total{${series}}`)).toBe(1);
    }
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  const token = 'metrics-token-0123456789abcdef';
  let c: ConsoleApp;
  beforeAll(() => {
    c = createApp({ config: testConfig({ metricsToken: token }), iam: fakeIam });
  });
  afterAll(() => c.dispose());

  it('answers 401 without the right bearer token, 200 with it', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${token}x`, `Basic ${token}`, token]) {
      const req = request(c.app).get('/metrics');
      const res = await (auth === undefined ? req : req.set('Authorization', auth)).expect(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(res.body).toMatchObject({ error_code: 'Console.0401' });
      expect(res.body.request_id).toBe(res.headers['x-request-id']);
      expect(res.text).not.toContain(token);
    }
    const ok = await request(c.app).get('/metrics').set('Authorization', `Bearer ${token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe(PROMETHEUS_TEXT);
  });
});

describe('/metrics live-log gauges', () => {
  const client = new FakeLogClient();
  let app: ListeningApp;
  beforeAll(async () => {
    app = await listeningApp({ config: testConfig(), modelArtsLogs: client });
  });
  afterAll(() => app.stop());

  const scrape = async () => (await fetch(`${app.base}/metrics`)).text();

  it('reports open SSE streams, pollers and viewers, and keeps streams out of the latency histogram', async () => {
    const cookie = await app.login();
    client.status = 8; // running: the stream stays open
    client.print(2);
    const controller = new AbortController();
    const res = await fetch(`${app.base}/api/logs/v1/3/4?log_file=job-z.0`, {
      headers: { cookie },
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    let seen = '';
    while (!seen.includes('event: log'))
      seen += new TextDecoder().decode((await reader.read()).value);

    const open = await scrape();
    expect(sample(open, 'console_sse_streams_open')).toBe(1);
    expect(sample(open, 'console_log_pollers{api="v1",kind="shared"}')).toBe(1);
    expect(sample(open, 'console_log_pollers{api="v2",kind="shared"}')).toBe(0);
    expect(sample(open, 'console_log_viewers{api="v1"}')).toBe(1);

    controller.abort();
    const route = 'method="GET",route="/api/logs/v1/:jobId/:versionId",status="200"';
    await vi.waitFor(async () => {
      const closed = await scrape();
      expect(sample(closed, 'console_sse_streams_open')).toBe(0);
      expect(sample(closed, `console_http_requests_total{${route}}`)).toBe(1);
    });
    const closed = await scrape();
    expect(sample(closed, 'console_log_viewers{api="v1"}')).toBe(0);
    expect(closed).not.toContain(`console_http_request_duration_seconds_count{${route}}`);
  });
});

describe('/metrics upstream errors', () => {
  it('counts failed IAM sign-ins by kind: a closed port is network, a 503 is 5xx', async () => {
    const failing = await startProbeUpstream(503);
    for (const [iamEndpoint, kind] of [
      [await closedPortUrl(), 'network'],
      [failing.url, '5xx'],
    ] as const) {
      const c = createApp({ config: testConfig({ iamEndpoint }) });
      try {
        await request(c.app)
          .post('/api/session')
          .set(CSRF)
          .send({ domain: 'd', username: 'u', password: 'p', project: 'eu-de' })
          .expect(502);
        const text = (await request(c.app).get('/metrics')).text;
        expect(sample(text, `console_upstream_errors_total{upstream="iam",kind="${kind}"}`)).toBe(
          1,
        );
        expect(
          sample(text, 'console_upstream_errors_total{upstream="modelarts",kind="network"}'),
        ).toBe(0);
      } finally {
        c.dispose();
      }
    }
    await failing.close();
  });
});
