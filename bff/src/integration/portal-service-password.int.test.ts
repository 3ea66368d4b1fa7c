import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeObsFile } from '@console/emulator/testing';
import { signInThroughIdp } from '../test-support/oidc-idp.js';
import { PASSWORD, portalFile, startPortalStack } from '../test-support/portal-stack.js';
import { CSRF } from '../test-support/stack.js';

type Stack = Awaited<ReturnType<typeof startPortalStack>>;

const ENGINE = 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64';
/** Runs until stopped (long enough to count as running). */
const SLOW = 'import time\nfor i in range(600):\n    print(i, flush=True)\n    time.sleep(1)\n';

const TEAM_PASSWORD = 'Team-Service-Passw0rd-7781-unmistakable';

/** An IAM users file with a team domain whose service user has TEAM_PASSWORD (emulator). */
function teamUsersFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-users-')), 'users.json');
  const team = {
    name: 'team',
    id: '1b2c3d4e5f60718293a4b5c6d7e8f901',
    users: [{ name: 'svc', id: '2c3d4e5f60718293a4b5c6d7e8f90112', password: TEAM_PASSWORD }],
    projects: [{ name: 'eu-de', id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4' }],
  };
  writeFileSync(file, JSON.stringify({ domains: [team] }));
  return file;
}

const isIamSignIn = (r: { method: string; path: string }) =>
  r.method === 'POST' && r.path === '/v3/auth/tokens';

describe('team portal: a service account with an IAM password (emulator IAM)', () => {
  let s: Stack;
  let cookie = '';
  let clock = Date.now();
  const auditLogPath = path.join(mkdtempSync(path.join(tmpdir(), 'portal-audit-')), 'audit.jsonl');
  const seen: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      seen.push(String(chunk));
      done();
    },
  });

  beforeAll(async () => {
    s = await startPortalStack(portalFile(PASSWORD), {
      config: { logLevel: 'debug', auditLogPath },
      logTo: sink,
      tokenOptions: { now: () => clock, renewBeforeMs: 10 * 60_000 },
      // a service account whose password is unmistakable, to search for it
      emulatorEnv: { EMULATOR_USERS_FILE: teamUsersFile() },
      credentialsEnv: { SA_USER: 'svc', SA_PASSWORD: TEAM_PASSWORD, SA_DOMAIN: 'team' },
    });
    const r = await signInThroughIdp(s.base, 'otto');
    cookie = `mac_sid=${r.cookies.get('mac_sid')}`;
  }, 60_000);
  afterAll(() => s?.stop());

  const list = async () => {
    const r = await fetch(`${s.base}/api/v1/training-jobs?per_page=5&page=1`, {
      headers: { cookie },
    });
    seen.push(JSON.stringify([...r.headers]), await r.text());
    return r.status;
  };

  it('signs in to IAM once for 100 concurrent requests at token expiry', async () => {
    expect(await list()).toBe(200);
    await s.control('DELETE', 'requests');
    clock += 24 * 3_600_000; // every token issued so far has expired by this clock
    const statuses = await Promise.all(Array.from({ length: 100 }, list));
    expect(statuses.filter((x) => x !== 200)).toEqual([]);
    expect((await s.requests()).filter(isIamSignIn)).toHaveLength(1);
  }, 60_000);

  it('re-authenticates once when ModelArts refuses the token, and the call still succeeds', async () => {
    await s.control('POST', 'tokens/expire'); // the emulator now refuses every token it issued
    await s.control('DELETE', 'requests');
    expect(await list()).toBe(200);
    expect(await list()).toBe(200);
    const received = await s.requests();
    expect(received.filter(isIamSignIn)).toHaveLength(1);
    // refused once, then sent again with the new token, then once more with it
    expect(received.filter((r) => r.path.endsWith('/training-jobs'))).toHaveLength(3);
    const me = await fetch(`${s.base}/api/session`, { headers: { cookie } });
    expect(me.status).toBe(200); // the person's session was not ended by the service token's 401
    seen.push(await me.text());
  }, 60_000);

  it('no service token or password reached the browser, the log or the audit trail', async () => {
    const stop = await fetch(`${s.base}/api/v1/training-jobs/1/versions/1/stop`, {
      method: 'POST',
      headers: { cookie, origin: s.base, ...CSRF },
    });
    seen.push(await stop.text());
    await s.app.audit.flushed();
    const audit = readFileSync(auditLogPath, 'utf8');
    expect(audit).toContain('"user":"otto"'); // the audit line is there, and is searched
    const r = await fetch(`${s.emulator.url}/__control/tokens`);
    const tokens = ((await r.json()) as { tokens: { token: string }[] }).tokens.map((t) => t.token);
    expect(tokens.length).toBeGreaterThan(2);
    const everything = [...seen, audit].join('\n');
    for (const t of tokens) expect(everything).not.toContain(t);
    expect(everything).not.toContain(TEAM_PASSWORD);
  });
});

describe('team portal: the project switch', () => {
  let s: Stack;
  const file = `projects:
  - name: eu-de
    credentials: ${PASSWORD}
  - name: eu-nl
    credentials: ${PASSWORD}
roles:
  - { group: ml-engineers, project: eu-de, role: operator }
  - { group: ml-engineers, project: eu-nl, role: viewer }
`;
  beforeAll(async () => {
    s = await startPortalStack(file);
  }, 60_000);
  afterAll(() => s?.stop());

  it('moves to another project the person has a role in, with a new session id and that role', async () => {
    const r = await signInThroughIdp(s.base, 'otto');
    const first = `mac_sid=${r.cookies.get('mac_sid')}`;
    const put = (cookie: string, project: string) =>
      fetch(`${s.base}/api/session/project`, {
        method: 'PUT',
        headers: { cookie, origin: s.base, ...CSRF, 'content-type': 'application/json' },
        body: JSON.stringify({ project }),
      });
    const moved = await put(first, 'eu-nl');
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({
      project: { name: 'eu-nl', id: '7c3a9e2b41d64f0a8b5e6d7c8f9a0b1c' },
      role: 'viewer',
      roles: { 'eu-de': 'operator', 'eu-nl': 'viewer' },
    });
    const second = moved.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(second).not.toBe(first);
    expect((await fetch(`${s.base}/api/session`, { headers: { cookie: first } })).status).toBe(401);
    const create = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie: second, origin: s.base, ...CSRF, 'content-type': 'application/json' },
      body: JSON.stringify({ job_name: 'x' }),
    });
    expect(create.status).toBe(403);
    const jobs = await fetch(`${s.base}/api/v1/training-jobs?per_page=5&page=1`, {
      headers: { cookie: second },
    });
    expect(jobs.status).toBe(200);
    expect((await put(second, 'eu-xx')).status).toBe(403);
  });
});

describe('team portal: guardrails', () => {
  let s: Stack;
  const file = `${portalFile(PASSWORD)}guardrails:
  operator:
    flavors: [modelarts.vm.cpu.2u]
    max_running_per_user: 1
    obs_prefixes: { code: [/console-tests/] }
`;
  beforeAll(async () => {
    s = await startPortalStack(file);
    writeObsFile(s.emulator.dataDir, '/console-tests/v2-slow/slow.py', SLOW);
  }, 60_000);
  afterAll(() => s?.stop());

  const job = (
    name: string,
    flavor = 'modelarts.vm.cpu.2u',
    codeDir = '/console-tests/v2-slow/',
  ) => ({
    kind: 'job',
    metadata: { name },
    algorithm: { code_dir: codeDir, boot_file: `${codeDir}slow.py`, engine: { engine_id: ENGINE } },
    spec: { resource: { flavor_id: flavor, node_count: 1 } },
  });

  it('refuses a create over a guardrail naming the field, and a second running job', async () => {
    const r = await signInThroughIdp(s.base, 'otto');
    const cookie = `mac_sid=${r.cookies.get('mac_sid')}`;
    const create = async (body: unknown) => {
      const res = await fetch(`${s.base}/api/v2/training-jobs`, {
        method: 'POST',
        headers: { cookie, origin: s.base, ...CSRF, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(await create(job('too_big', 'modelarts.vm.cpu.8u'))).toEqual({
      status: 400,
      body: expect.objectContaining({
        error_code: 'Console.0400',
        field: 'spec.resource.flavor_id',
        error_msg: 'spec.resource.flavor_id: your role may use modelarts.vm.cpu.2u',
      }),
    });
    const me = await fetch(`${s.base}/api/session`, { headers: { cookie } });
    expect(((await me.json()) as { guardrails?: unknown }).guardrails).toEqual({
      flavors: ['modelarts.vm.cpu.2u'],
      max_running_per_user: 1,
      obs_prefixes: { code: ['/console-tests/'] },
    });
    const elsewhere = await create(job('elsewhere', undefined, '/other-bucket/code/'));
    expect(elsewhere.body).toMatchObject({ field: 'algorithm.code_dir' });
    expect((await create(job('first_run'))).status).toBe(201);
    const second = await create(job('second_run'));
    expect(second).toMatchObject({ status: 400, body: { error_code: 'Console.0400' } });
    expect(second.body.error_msg).toMatch(/^You have 1 jobs running; your role may run at most 1/);
    const posted = (await s.requests()).filter(
      (q) => q.method === 'POST' && q.path.endsWith('/training-jobs'),
    );
    expect(posted).toHaveLength(1); // the refused creates never reached ModelArts
  }, 60_000);
});
