import { Readable } from 'node:stream';
import { text as readText } from 'node:stream/consumers';
import { ConsoleErrorCode } from '@console/shared';
import express from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../logger.js';
import type { FoundJob, LookupInput } from '../services/proxy/reconcile.js';
import type { Session } from '../services/session-store.js';
import type { Upstream, UpstreamCall, UpstreamResponse } from '../services/proxy/upstream.js';
import { forwardCreate, RECONCILED_HEADER } from './proxy-create.js';

const session: Session = {
  token: 'MIItoken-create',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};
const POOL = { name: 'the pool' };
const CALL = { method: 'POST', path: '/v1/p1/training-jobs', headers: {}, credential: 'c' };
const JOB = { job_name: 'j1' };
const networkError = (code: string) =>
  Object.assign(new Error('fetch failed'), { cause: { code } });

/** The upstream's answer to the create: a status with a body, or an error thrown by the exchange. */
type Answer = { status: number; body: string } | Error;

interface Setup {
  answer: Answer;
  /** Undefined: the body names no job. A function: the look-up (undefined = not found). */
  find?: () => Promise<FoundJob | undefined>;
  timeoutMs?: number;
  session?: Session;
  /** The exchange writes part of an answer before it fails (the browser has headers already). */
  cutAfterHeaders?: boolean;
}

function setup(s: Setup) {
  const lookups: LookupInput[] = [];
  const thrown: unknown[] = [];
  const log = { warn: vi.fn() };
  const answer = (status: number, body: string): UpstreamResponse =>
    ({
      statusCode: status,
      headers: {},
      body: Readable.from([body]),
    }) as unknown as UpstreamResponse;
  const upstream = {
    pool: POOL,
    settings: { timeoutMs: s.timeoutMs ?? 60_000, reconcileDelaysMs: [0, 0] },
    headersFor: (credential: string, call: { path: string }) => ({
      'x-auth-token': credential,
      'x-path': call.path,
    }),
    async exchange(_call: UpstreamCall, handle: (r: UpstreamResponse) => Promise<void>) {
      if (s.cutAfterHeaders) await handle(answer(200, '{"job_'));
      if (s.answer instanceof Error) throw s.answer;
      await handle(answer(s.answer.status, s.answer.body));
    },
  };
  const app = express();
  app.post('/create', express.json(), (req, res, next) => {
    if (s.session !== undefined) req.session = s.session;
    Object.assign(req, { id: 'req-1' });
    forwardCreate(req, res, {
      upstream: upstream as unknown as Upstream,
      call: { ...CALL, signal: new AbortController().signal },
      version: 'v1',
      log: log as unknown as Logger,
      lookup: (input) => {
        lookups.push(input);
        return s.find;
      },
      async deliver(r) {
        const text = await readText(r.body);
        res.status(r.statusCode);
        if (s.cutAfterHeaders) res.write(text);
        else res.send(text);
      },
    }).then(
      () => (s.cutAfterHeaders ? res.end() : undefined),
      (err: unknown) => {
        thrown.push(err);
        if (s.cutAfterHeaders) res.end();
        else next(err);
      },
    );
  });
  const post = () => request(app).post('/create').send(JOB);
  return { post, lookups, thrown, log };
}

describe('forwardCreate', () => {
  it('hands any answer but a gateway 502/504 on as it is, with no look-up', async () => {
    for (const status of [200, 201, 400, 500, 501, 503]) {
      const t = setup({ answer: { status, body: `{"n":${status}}` }, session });
      const r = await t.post();
      expect(r.status).toBe(status);
      expect(r.text).toBe(`{"n":${status}}`);
      expect(r.headers[RECONCILED_HEADER.toLowerCase()]).toBeUndefined();
      expect(t.lookups).toHaveLength(0);
      expect(t.log.warn).not.toHaveBeenCalled();
    }
  });

  it('after a gateway 502 looks the job up by the create body and answers the job it found', async () => {
    const before = Date.now();
    const t = setup({
      answer: { status: 502, body: '{"error_code":"APIGW.0101"}' },
      find: async () => ({ status: 200, body: { job_id: 7, is_success: true } }),
      timeoutMs: 4_000,
      session,
    });
    const r = await t.post();
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ job_id: 7, is_success: true });
    expect(r.headers['x-console-reconciled']).toBe('found');
    expect(t.lookups).toHaveLength(1);
    const input = t.lookups[0];
    expect(input).toMatchObject({ pool: POOL, projectId: 'p1', token: session.token, body: JOB });
    expect(input?.timeoutMs).toBe(4_000);
    expect(input?.since).toBeGreaterThanOrEqual(before);
    expect(input?.since).toBeLessThanOrEqual(Date.now());
    expect(input?.authorize?.('cred', { method: 'GET', path: '/x', headers: {} })).toEqual({
      'x-auth-token': 'cred',
      'x-path': '/x',
    });
    expect(t.log.warn).toHaveBeenCalledWith(
      {
        lost: { status: 502, upstreamCode: 'APIGW.0101' },
        outcome: 'found',
        path: CALL.path,
      },
      'create answer lost',
    );
  });

  it('after a gateway 504 with no job found: 504 "not created, trying again is safe"', async () => {
    let finds = 0;
    const t = setup({
      answer: { status: 504, body: '{"error_code":"APIGW.0504"}' },
      find: async () => {
        finds += 1;
        return undefined;
      },
      session,
    });
    const r = await t.post();
    expect(r.status).toBe(504);
    expect(r.headers['x-console-reconciled']).toBe('not-created');
    expect(r.body).toEqual({
      error_code: ConsoleErrorCode.notCreated,
      error_msg:
        'ModelArts (v1) did not answer the create, and the job was not created: trying again is safe',
      request_id: 'req-1',
      upstream_code: 'APIGW.0504',
    });
    expect(finds).toBe(2); // every delay of the settings
    expect(t.lookups[0]?.timeoutMs).toBe(10_000); // the look-up's own cap below the upstream's
  });

  it('when the look-up fails: the gateway status, "unknown, check the list first"', async () => {
    for (const [status, code] of [
      [502, ConsoleErrorCode.upstreamUnreachable],
      [504, ConsoleErrorCode.upstreamTimeout],
    ] as const) {
      const t = setup({
        answer: { status, body: '<html>Bad Gateway</html>' },
        find: () => Promise.reject(new Error('list failed')),
        session,
      });
      const r = await t.post();
      expect(r.status).toBe(status);
      expect(r.headers['x-console-reconciled']).toBe('unknown');
      expect(r.body).toEqual({
        error_code: code,
        error_msg:
          'ModelArts (v1) did not answer the create, and the job list could not be checked: look for the job in the list before trying again',
        request_id: 'req-1',
      });
    }
  });

  it('names no upstream code that is not a string', async () => {
    const t = setup({ answer: { status: 502, body: '{"error_code":17}' }, session });
    const r = await t.post();
    expect(r.status).toBe(502);
    expect(r.body).not.toHaveProperty('upstream_code');
    expect(r.headers['x-console-reconciled']).toBe('unknown');
  });

  it('a reset after sending → 502, a timeout → 504, "unknown" when the body names no job', async () => {
    for (const [code, status] of [
      ['ECONNRESET', 502],
      ['UND_ERR_HEADERS_TIMEOUT', 504],
    ] as const) {
      const t = setup({ answer: networkError(code), session });
      const r = await t.post();
      expect(r.status).toBe(status);
      expect(r.headers['x-console-reconciled']).toBe('unknown');
      expect(r.body.error_msg).toMatch(/could not be checked/);
      expect(r.body).not.toHaveProperty('upstream_code');
      expect(t.lookups).toHaveLength(1);
      expect(t.log.warn).toHaveBeenCalledWith({ code, path: CALL.path }, 'create sent, no answer');
      expect(t.log.warn).toHaveBeenCalledWith(
        { lost: { status, upstreamCode: undefined }, outcome: 'unknown', path: CALL.path },
        'create answer lost',
      );
    }
  });

  it('rethrows a failure where the create cannot have been sent, with no look-up', async () => {
    for (const err of [networkError('ECONNREFUSED'), new Error('a bug')]) {
      const t = setup({ answer: err, find: async () => undefined, session });
      await t.post().expect(500);
      expect(t.thrown).toEqual([err]);
      expect(t.lookups).toHaveLength(0);
    }
  });

  it('answers nothing more once the answer had started (looks the job up all the same)', async () => {
    const t = setup({
      answer: networkError('ECONNRESET'),
      find: async () => ({ status: 200, body: { job_id: 1 } }),
      session,
      cutAfterHeaders: true,
    });
    const r = await t.post();
    expect(r.status).toBe(200);
    expect(r.text).toBe('{"job_');
    expect(r.headers['x-console-reconciled']).toBeUndefined();
    expect(t.thrown).toEqual([]);
    expect(t.lookups).toHaveLength(1);
  });

  it('refuses to run without a session', async () => {
    const t = setup({ answer: { status: 200, body: '{}' } });
    await t.post().expect(500);
    expect(t.thrown).toEqual([new Error('requireSession must run before the proxy')]);
  });
});
