import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { Pool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { reconcileCreate, type LookupInput } from './reconcile.js';
import { v1CreateLookup } from './reconcile-v1.js';
import { v2CreateLookup } from './reconcile-v2.js';

describe('reconcileCreate', () => {
  const job = { status: 200, body: { job_id: 1 } };
  const script = (...steps: (typeof job | undefined | Error)[]) => {
    let i = 0;
    return async () => {
      const step = steps[i++];
      if (step instanceof Error) throw step;
      return step;
    };
  };

  it('looks again after each delay until the job is found', async () => {
    expect(await reconcileCreate(script(undefined, job), [0, 0, 0])).toEqual({
      kind: 'found',
      ...job,
    });
  });

  it('says "not created" only when the last look-up read the list and found nothing', async () => {
    const failedFirst = script(new Error('503'), undefined);
    expect(await reconcileCreate(failedFirst, [0, 0])).toEqual({ kind: 'not-created' });
    const failedLast = script(undefined, new Error('list answered 500'));
    expect(await reconcileCreate(failedLast, [0, 0])).toEqual({
      kind: 'unknown',
      reason: 'list answered 500',
    });
  });
});

/** A stand-in ModelArts list/search endpoint answering what the test puts in `answers`. */
async function listServer() {
  const seen: { path: string; query: unknown; body: unknown }[] = [];
  const answers: Record<string, { status: number; body: unknown }> = {};
  const app = express();
  app.use(express.json());
  app.use((req, res) => {
    seen.push({ path: req.path, query: { ...req.query }, body: req.body });
    const a = answers[req.path] ?? { status: 404, body: {} };
    res.status(a.status).json(a.body);
  });
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const pool = new Pool(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return {
    seen,
    answers,
    pool,
    close: async () => {
      await pool.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

let srv: Awaited<ReturnType<typeof listServer>> | undefined;
afterEach(async () => {
  await srv?.close();
  srv = undefined;
});

const SINCE = Date.now();
const input = (pool: Pool, body: unknown): LookupInput => ({
  pool,
  projectId: 'p1',
  token: 'tok',
  body,
  since: SINCE,
  timeoutMs: 5_000,
});

describe('v1CreateLookup', () => {
  const row = (name: string, ago: number, desc = 'd', id = 7) => ({
    job_id: id,
    job_name: name,
    version_id: 70,
    status: 1,
    create_time: SINCE - ago,
    job_desc: desc,
  });
  const list = (...jobs: unknown[]) => ({
    status: 200,
    body: { is_success: true, job_total_count: jobs.length, jobs },
  });

  it('finds the job by exact name, description and creation time, newest first', async () => {
    srv = await listServer();
    const body = { job_name: 'job_a', job_desc: 'd', workspace_id: 'ws1', config: {} };
    const find = v1CreateLookup(input(srv.pool, body));
    srv.answers['/v1/p1/training-jobs'] = list(
      row('job_a', 120_000, 'd', 1), // older than the request (beyond clock skew)
      row('job_a_2', 0, 'd', 2), // a longer name that the search also matches
      row('job_a', 0, 'other', 3), // same name, other description
    );
    expect(await find?.()).toBeUndefined();
    expect(srv.seen[0]?.query).toEqual({
      search_content: 'job_a',
      per_page: '100',
      page: '1',
      sortBy: 'create_time',
      order: 'desc',
      workspace_id: 'ws1',
    });

    srv.answers['/v1/p1/training-jobs'] = list(row('job_a', -5, 'd', 4));
    srv.answers['/v1/p1/training-jobs/4/versions/70'] = {
      status: 200,
      body: {
        is_success: true,
        version_id: 70,
        version_name: 'V0001',
        status: 2,
        create_time: SINCE,
        resource_id: 'jobx',
      },
    };
    expect(await find?.()).toEqual({
      status: 200,
      body: {
        is_success: true,
        job_id: 4,
        job_name: 'job_a',
        status: 2,
        create_time: SINCE + 5,
        version_id: 70,
        version_name: 'V0001',
        resource_id: 'jobx',
      },
    });
  });

  it('answers without the version details when they cannot be read; no name → no look-up', async () => {
    srv = await listServer();
    srv.answers['/v1/p1/training-jobs'] = list(row('job_b', 0, ''));
    const found = await v1CreateLookup(input(srv.pool, { job_name: 'job_b' }))?.();
    expect(found?.body).toMatchObject({ job_id: 7, version_name: 'V0001', status: 1 });
    expect(v1CreateLookup(input(srv.pool, { config: {} }))).toBeUndefined();
  });

  it('throws when the list cannot be read (the outcome is then "unknown")', async () => {
    srv = await listServer();
    srv.answers['/v1/p1/training-jobs'] = { status: 500, body: {} };
    await expect(v1CreateLookup(input(srv.pool, { job_name: 'x' }))?.()).rejects.toThrow(/500/);
  });
});

describe('v2CreateLookup', () => {
  const item = (name: string, ago: number, description = '') => ({
    kind: 'job',
    metadata: { id: `id-${name}-${ago}`, name, description, create_time: SINCE - ago },
    status: { phase: 'Creating', secondary_phase: 'Creating' },
    extra: { kept: true },
  });

  it('searches by name and answers 201 with the Job object exactly as listed', async () => {
    srv = await listServer();
    const body = { kind: 'job', metadata: { name: 'job-c', description: 'x' } };
    const find = v2CreateLookup(input(srv.pool, body));
    const mine = item('job-c', 0, 'x');
    srv.answers['/v2/p1/training-job-searches'] = {
      status: 200,
      body: {
        total: 3,
        count: 3,
        items: [item('job-c-2', 0, 'x'), item('job-c', 90_000, 'x'), mine],
      },
    };
    expect(await find?.()).toEqual({ status: 201, body: mine });
    expect(srv.seen[0]?.body).toMatchObject({
      sort_by: 'create_time',
      order: 'desc',
      filters: [{ key: 'name', operator: 'like', value: ['job-c'] }],
    });
  });
});
