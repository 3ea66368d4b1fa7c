import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AlgorithmListSchema,
  BuiltInAlgorithmListResponseSchema,
  DatasetListResponseSchema,
  DatasetVersionListResponseSchema,
  EngineListResponseSchema,
  JobEventsResponseSchema,
  LogFileNamesResponseSchema,
  ResourceSpecListResponseSchema,
  TaskLogPreviewSchema,
  TrainingEngineListSchema,
  TrainingFlavorListSchema,
  TrainingJobListResponseSchema,
  TrainingJobSearchResponseSchema,
  TrainingJobV2Schema,
  TrainingJobVersionDetailsResponseSchema,
  TrainingJobVersionListResponseSchema,
} from '@console/shared';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import {
  AOM_END_LINE,
  AOM_START_LINE,
  startDocumentedUpstream,
  type DocumentedUpstream,
} from '../test-support/documented-upstream/index.js';
import { readEvents } from '../test-support/sse-client.js';
import { CSRF, DEMO } from '../test-support/stack.js';
import { testConfig } from '../test-support/test-config.js';

const V2_JOB = '3faf5c03-aaa1-4cbe-879d-24b05d997347';

describe('the console against the documented response samples (issue 8)', () => {
  let upstream: DocumentedUpstream;
  let c: ConsoleApp;
  let server: Server;
  let base: string;
  let cookie: string;

  beforeAll(async () => {
    upstream = await startDocumentedUpstream();
    c = createApp({
      config: testConfig({
        iamEndpoint: upstream.url,
        modelartsEndpoint: upstream.url,
        logPollIntervalMs: 50,
        heartbeatMs: 1000,
      }),
    });
    server = await new Promise((resolve) => {
      const s = c.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    c?.dispose();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await upstream?.close();
  });

  async function get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    const body: unknown = await res.json();
    expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
    const parsed = schema.safeParse(body);
    expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
    return parsed.data as z.output<S>;
  }

  it('signs in with the documented token response', async () => {
    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({ ...DEMO, password: 'any password' }),
    });
    expect(res.status).toBe(200);
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).not.toBe('');
  });

  it('lists the documented v1 and v2 jobs', async () => {
    const v1 = await get('/api/v1/training-jobs?per_page=10&page=1', TrainingJobListResponseSchema);
    expect(v1.jobs.map((j) => j.job_name)).toEqual(['testModelArtsJob']);
    const res = await fetch(`${base}/api/v2/training-job-searches`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({ limit: 10, offset: 0 }),
    });
    expect(res.status).toBe(200);
    const v2 = TrainingJobSearchResponseSchema.parse(await res.json());
    expect(v2.items.map((j) => j.metadata.name)).toEqual(['trainjob--py14_mem06-byd-108']);
    expect(v2.dropped_items).toBe(0);
  });

  it('parses the pickers of both create forms', async () => {
    const specs = await get(
      '/api/v1/job/resource-specs?job_type=train',
      ResourceSpecListResponseSchema,
    );
    expect(specs.specs).toHaveLength(1);
    const engines = await get('/api/v1/job/ai-engines?job_type=train', EngineListResponseSchema);
    expect(engines.engines).toHaveLength(1);
    const models = await get('/api/v1/built-in-algorithms', BuiltInAlgorithmListResponseSchema);
    expect(models.models).toHaveLength(2);
    const flavors = await get(
      '/api/v2/training-job-flavors?flavor_type=CPU',
      TrainingFlavorListSchema,
    );
    expect(flavors.flavors).toHaveLength(2);
    const v2Engines = await get('/api/v2/training-job-engines', TrainingEngineListSchema);
    expect(v2Engines.items).toHaveLength(5);
    expect(v2Engines.dropped_items).toBe(1);
    const algorithms = await get('/api/v2/algorithms', AlgorithmListSchema);
    expect(algorithms.items).toHaveLength(1);
    const datasets = await get('/api/v2/datasets', DatasetListResponseSchema);
    expect(datasets.datasets).toHaveLength(1);
    const versions = await get(
      '/api/v2/datasets/gfghHSokody6AJigS5A/versions',
      DatasetVersionListResponseSchema,
    );
    expect(versions.versions).toHaveLength(3);
  });

  it('reads the v1 job page: versions, version, log file names', async () => {
    await get('/api/v1/training-jobs/10/versions', TrainingJobVersionListResponseSchema);
    await get('/api/v1/training-jobs/10/versions/10', TrainingJobVersionDetailsResponseSchema);
    const files = await get(
      '/api/v1/training-jobs/10/versions/10/log/file-names',
      LogFileNamesResponseSchema,
    );
    expect(files.log_file_list).toEqual(['teseJob.0']);
  });

  it('streams the documented v1 log lines over SSE, cursors kept exactly as printed', async () => {
    const lines: string[] = [];
    const ids: string[] = [];
    const events: string[] = [];
    const r = await readEvents(`${base}/api/logs/v1/10/10?log_file=teseJob.0`, { cookie }, (e) => {
      events.push(e.event ?? 'message');
      if (e.event === 'log') {
        lines.push(...(JSON.parse(e.data) as { lines: string[] }).lines);
        if (e.id) ids.push(e.id);
      }
      if (e.event === 'error') throw new Error(`stream error: ${e.data}`);
      return e.event === 'end';
    });
    expect(r.status).toBe(200);
    expect(lines).toEqual(['Log string']);
    expect(ids).toEqual([AOM_END_LINE]);
    expect(AOM_START_LINE).toBe('1551252759254000002');
    expect(events).toContain('end');
  });

  it('downloads the documented v1 log: the sample page, then the empty page after it', async () => {
    const res = await fetch(`${base}/api/logs/v1/10/10/download?log_file=teseJob.0`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Log string\n');
  });

  it('reads the v2 job page: details, events, log preview', async () => {
    const job = await get(`/api/v2/training-jobs/${V2_JOB}`, TrainingJobV2Schema);
    expect(job.metadata.name).toBe('trainjob--py14_mem06-108');
    const events = await get(`/api/v2/training-jobs/${V2_JOB}/events`, JobEventsResponseSchema);
    expect(events.events).toHaveLength(10);
    const lines: string[] = [];
    await readEvents(`${base}/api/logs/v2/${V2_JOB}/worker-0`, { cookie }, (e) => {
      if (e.event === 'error') throw new Error(`stream error: ${e.data}`);
      if (e.event === 'log') lines.push(...(JSON.parse(e.data) as { lines: string[] }).lines);
      return e.event === 'end' || lines.length > 0;
    });
    expect(lines.join('\n')).toContain('[Modelarts Service Log][sidecar] exit with 0');
    expect(TaskLogPreviewSchema).toBeDefined();
  });
});
