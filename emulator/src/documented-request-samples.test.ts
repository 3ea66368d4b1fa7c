import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USERS_FILE } from './paths.js';
import { createTestEmulator, type TestEmulator } from './test-support.js';
import { IAM_SAMPLES, PLACEHOLDER_DOMAIN } from './documented-samples/iam-samples.js';
import type { DocumentedSample } from './documented-samples/sample-row.js';
import { V1_JOB_SAMPLES } from './documented-samples/v1-job-samples.js';
import {
  REFERENCED_CONFIG_NAMES,
  V1_CATALOG_SAMPLES,
  V1_VISUALIZATION_SAMPLES,
} from './documented-samples/v1-other-samples.js';
import { V2_AUTOSEARCH_SAMPLES } from './documented-samples/v2-autosearch-samples.js';
import { V2_ALGORITHM_SAMPLES, V2_JOB_SAMPLES } from './documented-samples/v2-samples.js';
import { searchJob } from './http/v2/v2-test-support.js';

/**
 * Every documented request sample of an endpoint the emulator serves, sent as printed on its
 * reference page (shared/reference/modelarts-api/…): it must be accepted (2xx), unless its row
 * says why it can only be refused. Rows run in order: a row may use an object an earlier row
 * created (its path ids are filled with that object's id, as the emulator chooses its own ids).
 *
 * Jobs are kept in their first lifecycle step (v1 INIT, v2 Creating) for the whole file, so the
 * stop / terminate samples find them active without waiting on a clock.
 */
const HOLD_MS = 600_000;

let t: TestEmulator;
let token: string;
let usersDir: string;
const ids = new Map<string, string>();

beforeAll(async () => {
  // the IAM samples' placeholder account, next to the shipped demo account
  usersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-doc-users-'));
  const usersFile = path.join(usersDir, 'users.json');
  const shipped = JSON.parse(fs.readFileSync(DEFAULT_USERS_FILE, 'utf8')) as {
    domains: unknown[];
  };
  fs.writeFileSync(
    usersFile,
    JSON.stringify({ domains: [...shipped.domains, PLACEHOLDER_DOMAIN] }),
  );
  t = await createTestEmulator({
    usersFile,
    timings: { initMs: HOLD_MS },
    v2Timings: { creatingMs: HOLD_MS },
  });
  token = await t.login();
});
afterAll(async () => {
  await t.cleanup();
  fs.rmSync(usersDir, { recursive: true, force: true });
});

const dig = (value: unknown, dotted: string): unknown =>
  dotted
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);

function idOf(name: string): string {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`no object "${name}" was created by an earlier row`);
  return id;
}

/** The printed path with `{project_id}` and the ids of earlier rows' objects filled in. */
function pathOf(row: DocumentedSample): string {
  const [pathname = '', query] = row.path.replace('{project_id}', t.pid).split('?');
  const segments = pathname.split('/');
  for (const [after, name] of Object.entries(row.fill ?? {})) {
    const at = segments.indexOf(after);
    if (at < 0 || at + 1 >= segments.length) throw new Error(`no segment after ${after}`);
    segments[at + 1] = idOf(name);
  }
  return segments.join('/') + (query === undefined ? '' : `?${query}`);
}

/** The printed body, with the referenced ids of `fillBody` (numbers stay numbers). */
function bodyOf(row: DocumentedSample): unknown {
  if (row.fillBody === undefined) return row.body;
  const body = structuredClone(row.body) as Record<string, unknown>;
  for (const [dotted, name] of Object.entries(row.fillBody)) {
    const keys = dotted.split('.');
    const last = keys.pop() as string;
    const parent = dig(body, keys.join('.')) as Record<string, unknown>;
    const id = idOf(name);
    parent[last] = typeof parent[last] === 'number' ? Number(id) : id;
  }
  return body;
}

async function send(row: DocumentedSample): Promise<request.Response> {
  let req = request(t.app)[row.method](pathOf(row));
  if (!row.path.startsWith('/v3/')) req = req.set('X-Auth-Token', token);
  const body = bodyOf(row);
  return body === undefined ? req : req.send(body as object);
}

const label = (row: DocumentedSample) => `${row.page} #${row.index}`;
const rows = (list: DocumentedSample[]) => list.map((row) => [label(row), row] as const);

async function check(row: DocumentedSample) {
  const res = await send(row);
  const shown = `${row.method.toUpperCase()} ${row.path} → ${res.status} ${JSON.stringify(res.body)}`;
  if (row.refused) {
    expect(res.status, shown).toBe(row.refused.status);
    expect(res.body.error_code, shown).toBe(row.refused.error_code);
    return;
  }
  expect(res.status, shown).toBeGreaterThanOrEqual(200);
  expect(res.status, shown).toBeLessThan(300);
  if (res.body && typeof res.body === 'object' && 'is_success' in res.body)
    expect(res.body.is_success, shown).toBe(true);
  for (const [name, dotted] of Object.entries(row.saves ?? {})) {
    const id = dig(res.body, dotted);
    expect(id, `${shown}: ${dotted}`).toBeDefined();
    ids.set(name, String(id));
  }
}

describe('IAM token samples (catalog §1.1)', () => {
  it.each(rows(IAM_SAMPLES))('%s is accepted', async (_label, row) => {
    await check(row);
  });

  it('the placeholder account is an ordinary account: a wrong password is still refused', async () => {
    const body = structuredClone(IAM_SAMPLES[0]?.body) as {
      auth: { identity: { password: { user: { password: string } } } };
    };
    body.auth.identity.password.user.password = 'not_the_password';
    const res = await request(t.app).post('/v3/auth/tokens').send(body);
    expect(res.status).toBe(401);
  });
});

describe('v1 configuration, resource, engine and built-in algorithm samples', () => {
  beforeAll(async () => {
    // The detail, modify and delete samples address configurations by name: create them first
    // through the API, with the create sample's body under each documented name.
    const create = V1_CATALOG_SAMPLES[0]?.body as Record<string, unknown>;
    for (const config_name of REFERENCED_CONFIG_NAMES) {
      const res = await request(t.app)
        .post(`/v1/${t.pid}/training-job-configs`)
        .set('X-Auth-Token', token)
        .send({ ...create, config_name });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  });

  it.each(rows(V1_CATALOG_SAMPLES))('%s', async (_label, row) => {
    await check(row);
  });
});

describe('v1 training job and version samples', () => {
  it.each(rows(V1_JOB_SAMPLES))('%s', async (_label, row) => {
    await check(row);
  });
});

describe('v1 visualization job samples', () => {
  it.each(rows(V1_VISUALIZATION_SAMPLES))('%s', async (_label, row) => {
    await check(row);
  });
});

describe('v2 algorithm, training job and search samples', () => {
  it.each(rows([...V2_ALGORITHM_SAMPLES, ...V2_JOB_SAMPLES]))('%s', async (_label, row) => {
    await check(row);
  });
});

describe('v2 hyperparameter search samples', () => {
  beforeAll(async () => {
    // The pages address an auto-search job and its trials: create one through the API.
    const res = await request(t.app)
      .post(`/v2/${t.pid}/training-jobs`)
      .set('X-Auth-Token', token)
      .send(searchJob('autosearch-samples'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.set('search-job', String(res.body.metadata.id));
  });

  it.each(rows(V2_AUTOSEARCH_SAMPLES))('%s', async (_label, row) => {
    await check(row);
  });
});
