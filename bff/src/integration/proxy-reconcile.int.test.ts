import { seed003CatalogFreeFlavorBody, seed004CreateBody } from '@console/shared/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

const v1Body = (name: string) => ({ ...seed004CreateBody, job_name: name });
const v2Body = (name: string) => ({
  ...seed003CatalogFreeFlavorBody,
  metadata: { ...seed003CatalogFreeFlavorBody.metadata, name },
});

/**
 * Creates whose answer is lost after the emulator carried them out (`reset_after`), or that never
 * reached it (`drop`, a gateway 504): never a duplicate, never "failed" for a created job.
 */
describe('lost create answers are reconciled (real emulator)', () => {
  let s: Stack;
  let cookie: string;
  let pid: string;

  beforeAll(async () => {
    s = await startStack(100, {
      proxy: { ...DEFAULT_UPSTREAM_SETTINGS, reconcileDelaysMs: [0, 100] },
    });
    cookie = await s.login();
    pid = s.emulator.projectId;
  });
  afterAll(async () => {
    await s?.stop();
  });

  const post = (path: string, body: unknown) =>
    fetch(`${s.base}/api/${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify(body),
    });
  const v1Jobs = async (name: string) => {
    const r = await fetch(`${s.base}/api/v1/training-jobs?search_content=${name}&per_page=100`, {
      headers: { cookie },
    });
    const { jobs } = (await r.json()) as { jobs: { job_name: string; job_id: number }[] };
    return jobs.filter((j) => j.job_name === name);
  };
  const v2Jobs = async (name: string) => {
    const r = await post('v2/training-job-searches', {
      limit: 50,
      filters: [{ key: 'name', operator: 'like', value: [name] }],
    });
    const { items } = (await r.json()) as { items: { metadata: { name: string; id: string } }[] };
    return items.filter((j) => j.metadata.name === name);
  };
  const creates = async (path: string) =>
    (await s.requests()).filter((r) => r.method === 'POST' && r.path === path);

  it('v1: the connection is reset after the create was carried out → 200 with the created job', async () => {
    const path = `/v1/${pid}/training-jobs`;
    await s.clearRequests();
    await s.faults({ reset_after: { count: 1, method: 'POST', path_prefix: path } });
    const res = await post('v1/training-jobs', v1Body('lost_v1_found'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-console-reconciled')).toBe('found');
    const body = (await res.json()) as Record<string, unknown>;
    const jobs = await v1Jobs('lost_v1_found');
    expect(jobs).toHaveLength(1);
    expect(body).toMatchObject({
      is_success: true,
      job_name: 'lost_v1_found',
      job_id: jobs[0]?.job_id,
      version_name: 'V0001',
      version_id: expect.any(Number),
      create_time: expect.any(Number),
      status: expect.any(Number),
    });
    expect(await creates(path)).toHaveLength(1);
  });

  it('v2: the connection is reset after the create was carried out → 201 with the Job object', async () => {
    const path = `/v2/${pid}/training-jobs`;
    await s.clearRequests();
    await s.faults({ reset_after: { count: 1, method: 'POST', path_prefix: path } });
    const res = await post('v2/training-jobs', v2Body('lost-v2-found'));
    expect(res.status).toBe(201);
    expect(res.headers.get('x-console-reconciled')).toBe('found');
    const job = (await res.json()) as { kind: string; metadata: { id: string; name: string } };
    const jobs = await v2Jobs('lost-v2-found');
    expect(jobs).toHaveLength(1);
    expect(job.kind).toBe('job');
    expect(job.metadata).toMatchObject({ name: 'lost-v2-found', id: jobs[0]?.metadata.id });
    expect(await creates(path)).toHaveLength(1);
  });

  it('v1: a create that never reached the handler → Console.0424 "not created", and a retry creates it once', async () => {
    const path = `/v1/${pid}/training-jobs`;
    await s.faults({ drop: { count: 1, method: 'POST', path_prefix: path } });
    const res = await post('v1/training-jobs', v1Body('lost_v1_dropped'));
    expect(res.status).toBe(502);
    expect(res.headers.get('x-console-reconciled')).toBe('not-created');
    expect(await res.json()).toMatchObject({
      error_code: 'Console.0424',
      error_msg: expect.stringContaining('trying again is safe'),
    });
    expect(await v1Jobs('lost_v1_dropped')).toHaveLength(0);
    const again = await post('v1/training-jobs', v1Body('lost_v1_dropped'));
    expect(again.status).toBe(200);
    expect(again.headers.get('x-console-reconciled')).toBeNull();
    expect(await v1Jobs('lost_v1_dropped')).toHaveLength(1);
  });

  it('v2: a gateway 504 for a create that was not carried out → 504 Console.0424 with the upstream code', async () => {
    const body = { error_code: 'APIGW.0504', error_msg: 'Backend timeout' };
    await s.faults({ fail: { status: 504, body, count: 1, method: 'POST' } });
    const res = await post('v2/training-jobs', v2Body('lost-v2-gateway'));
    expect(res.status).toBe(504);
    expect(res.headers.get('x-console-reconciled')).toBe('not-created');
    expect(await res.json()).toMatchObject({
      error_code: 'Console.0424',
      upstream_code: 'APIGW.0504',
    });
    expect(await v2Jobs('lost-v2-gateway')).toHaveLength(0);
  });

  it('answers "unknown, check the list" when the job list cannot be read either', async () => {
    await s.faults({
      reset_after: { count: 1, method: 'POST', path_prefix: `/v2/${pid}/training-jobs` },
      fail: { status: 500, body: {}, count: 10, path_prefix: `/v2/${pid}/training-job-searches` },
    });
    const res = await post('v2/training-jobs', v2Body('lost-v2-unknown'));
    await s.clearFaults();
    expect(res.status).toBe(502);
    expect(res.headers.get('x-console-reconciled')).toBe('unknown');
    expect(await res.json()).toMatchObject({
      error_code: 'Console.0502',
      error_msg: expect.stringContaining('look for the job in the list'),
    });
    expect(await v2Jobs('lost-v2-unknown')).toHaveLength(1);
  });
});
