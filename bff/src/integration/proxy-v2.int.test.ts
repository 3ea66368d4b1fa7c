import { setTimeout as sleep } from 'node:timers/promises';
import { writeObsFile } from '@console/emulator/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawText } from '../test-support/raw-text.js';
import {
  seed003CatalogCustomImageBody,
  seed003CatalogFreeFlavorBody,
} from '@console/shared/fixtures';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

const SLOW = 'import time\nprint("SLOW start", flush=True)\ntime.sleep(60)\n';
const ENGINE = 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64';

describe('BFF against a real emulator: /api/v2 and the v2 log download', () => {
  let s: Stack;
  let cookie: string;
  const get = (p: string) => request(s.base).get(p).set('Cookie', cookie);
  const send = (m: 'post' | 'put' | 'delete', p: string, body?: object) => {
    const r = request(s.base)[m](p).set('Cookie', cookie).set(CSRF);
    return body ? r.send(body) : r;
  };
  const waitPhase = async (id: string, done: (p: string) => boolean) => {
    for (let i = 0; i < 150; i++) {
      const r = await get(`/api/v2/training-jobs/${id}`);
      if (done(String(r.body.status?.phase))) return r.body;
      await sleep(200);
    }
    throw new Error(`job ${id} never reached the phase`);
  };

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/v2-slow/slow.py', SLOW);
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('reaches flavors, engines and algorithms (create, list, details, modify, delete)', async () => {
    const flavors = await get('/api/v2/training-job-flavors?flavor_type=CPU').expect(200);
    expect(
      flavors.body.flavors.every((f: { flavor_type: string }) => f.flavor_type === 'CPU'),
    ).toBe(true);
    const engines = await get('/api/v2/training-job-engines').expect(200);
    expect(engines.body.items.map((e: { engine_id: string }) => e.engine_id)).toContain(ENGINE);
    const algo = {
      metadata: { name: 'bff_algo', description: 'through the BFF' },
      job_config: {
        code_dir: '/console-tests/v2-slow/',
        boot_file: '/console-tests/v2-slow/slow.py',
        engine: { engine_id: ENGINE },
      },
    };
    const created = await send('post', '/api/v2/algorithms', algo);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body.metadata.id);
    const list = await get('/api/v2/algorithms?limit=50').expect(200);
    expect(list.body.items.map((a: { metadata: { id: string } }) => a.metadata.id)).toContain(id);
    await get(`/api/v2/algorithms/${id}`).expect(200);
    const modified = await send('put', `/api/v2/algorithms/${id}`, {
      ...algo,
      metadata: { ...algo.metadata, description: 'changed' },
    });
    expect(modified.status).toBe(201);
    expect(modified.body.metadata.description).toBe('changed');
    await send('delete', `/api/v2/algorithms/${id}`).expect(202);
    // the documented answer for an unknown algorithm (catalog: 400 ModelArts.2755)
    const gone = await get(`/api/v2/algorithms/${id}`);
    expect([gone.status, gone.body.error_code]).toEqual([400, 'ModelArts.2755']);
  });

  it('creates both seed-003 sample jobs as they are; search, details, events, metrics, preview', async () => {
    await s.clearRequests();
    const ids: string[] = [];
    for (const body of [seed003CatalogFreeFlavorBody, seed003CatalogCustomImageBody]) {
      const r = await send('post', '/api/v2/training-jobs', body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      ids.push(String(r.body.metadata.id));
    }
    const posted = (await s.requests()).filter((r) => r.method === 'POST');
    expect(posted.map((r) => r.body)).toEqual([
      seed003CatalogFreeFlavorBody,
      seed003CatalogCustomImageBody,
    ]);
    const id = ids[0] ?? '';
    const done = await waitPhase(id, (p) => ['Completed', 'Failed'].includes(p));
    expect(done.status.phase).toBe('Completed');
    const found = await send('post', '/api/v2/training-job-searches', {
      offset: 0,
      limit: 10,
      filters: [{ key: 'name', operator: 'like', value: ['TestModelArtsJob'] }],
    }).expect(200);
    expect(found.body.items.length).toBeGreaterThanOrEqual(2);
    const events = await get(`/api/v2/training-jobs/${id}/events?limit=50`).expect(200);
    expect(events.body.events.length).toBeGreaterThan(0);
    const metrics = await get(`/api/v2/training-jobs/${id}/metrics/worker-0`).expect(200);
    expect(metrics.body.metrics.map((m: { metric: string }) => m.metric)).toContain('cpuUsage');
    const preview = await get(`/api/v2/training-jobs/${id}/tasks/worker-0/logs/preview`).expect(
      200,
    );
    expect(preview.body.full_size).toBeGreaterThan(0);

    // The full log comes as an attachment; the presigned link never reaches the browser.
    const file = await get(`/api/logs/v2/${id}/worker-0/download`).buffer(true).parse(rawText);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.body).toBe(preview.body.content);
    expect(JSON.stringify(file.headers)).not.toMatch(/signature|__obs/i);
    const link = await get(`/api/v2/training-jobs/${id}/tasks/worker-0/logs/url`);
    expect(link.status).toBe(404);
  }, 60_000);

  it('modifies (200 null), terminates (202 job) and deletes (202 "") a running job', async () => {
    const r = await send('post', '/api/v2/training-jobs', {
      kind: 'job',
      metadata: { name: 'bff_terminate' },
      algorithm: {
        code_dir: '/console-tests/v2-slow/',
        boot_file: '/console-tests/v2-slow/slow.py',
        engine: { engine_id: ENGINE },
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    }).expect(201);
    const id = String(r.body.metadata.id);
    const put = await send('put', `/api/v2/training-jobs/${id}`, { description: 'hahaha' })
      .buffer(true)
      .parse(rawText);
    expect([put.status, put.body]).toEqual([200, 'null']);
    await waitPhase(id, (p) => p === 'Running');
    const term = await send('post', `/api/v2/training-jobs/${id}/actions`, {
      action_type: 'terminate',
    });
    expect(term.status).toBe(202);
    expect(term.body.status.phase).toBe('Terminating');
    await waitPhase(id, (p) => p === 'Terminated');
    const del = await send('delete', `/api/v2/training-jobs/${id}`).buffer(true).parse(rawText);
    expect([del.status, del.body]).toEqual([202, '""']);
  }, 60_000);
});
