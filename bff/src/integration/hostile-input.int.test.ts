import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '@console/emulator';
import { API_BODY_LIMIT, MAX_JSON_DEPTH } from '../middleware/json-body.js';
import {
  depthOf,
  errorCode,
  errorMessage,
  namesChangedField,
  show,
  type Answer,
} from '../test-support/fuzz/fuzz-checks.js';
import { startFuzzStack, type FuzzStack } from '../test-support/fuzz/fuzz-setup.js';
import {
  BODY_TARGETS,
  QUERY_TARGETS,
  UNKNOWN_IDS,
  type BodyTarget,
} from '../test-support/fuzz/fuzz-targets.js';
import {
  applyMutation,
  mutationOf,
  mutationPath,
  type Json,
  type Mutation,
} from '../test-support/fuzz/hostile-json.js';
import { hostileQuery } from '../test-support/fuzz/hostile-query.js';

/**
 * Hostile input through the BFF to a real emulator, and at the emulator itself (fast-check, fixed
 * seed). `pnpm fuzz` runs the same properties with FUZZ_SCALE=10 (ten times the cases).
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS = { bodies: 8_000 * SCALE, queries: 2_000 * SCALE, emulator: 2_000 * SCALE };

/** The parameter names of a query string, decoded where they can be. */
function queryKeys(query: string): string[] {
  return query
    .slice(1)
    .split('&')
    .map((pair) => pair.split('=')[0] ?? '')
    .map((k) => {
      try {
        return decodeURIComponent(k);
      } catch {
        return k;
      }
    });
}

interface BodyCase {
  target: BodyTarget;
  mutation: Mutation;
  body: Json;
  text: string;
}

const bodyCases: fc.Arbitrary<BodyCase> = fc
  .constantFrom(...BODY_TARGETS.flatMap((target) => target.seeds.map((seed) => ({ target, seed }))))
  .chain(({ target, seed }) =>
    mutationOf(seed).map((mutation) => {
      const body = applyMutation(seed, mutation);
      return { target, mutation, body, text: JSON.stringify(body) };
    }),
  );

/** Whether the console must refuse this body: its schema says no, or it is too deep or too big. */
function invalid(c: BodyCase): boolean {
  if (depthOf(c.body) > MAX_JSON_DEPTH || Buffer.byteLength(c.text) > API_BODY_LIMIT) return true;
  return !c.target.schema.safeParse(JSON.parse(c.text)).success;
}

/** A refusal by the BFF: 400 naming the changed field (or the limit), or 413 naming the limit. */
function expectNamedRefusal(c: BodyCase, a: Answer): void {
  const where = `${c.target.endpoint.method} ${c.target.path(UNKNOWN_IDS)} ${JSON.stringify(c.mutation).slice(0, 200)}`;
  expect([400, 413], `${where} → ${show(a)}`).toContain(a.status);
  expect(errorCode(a), where).toMatch(/^Console\.04\d\d$/);
  const message = errorMessage(a);
  expect(message.length, where).toBeGreaterThan(0);
  if (a.status === 413) return expect(message, where).toMatch(/larger than the limit of 1 MB/);
  if (depthOf(c.body) > MAX_JSON_DEPTH)
    return expect(message, where).toMatch(/deeper than 64 levels/);
  const path = mutationPath(c.mutation);
  const field = a.body?.field;
  if (typeof field === 'string')
    return expect(namesChangedField(field, path), `${where} → field ${field}`).toBe(true);
  // Only a change to the body as a whole (replaced, or a key named '') may go without a field.
  expect(path.map(String).join('.'), `${where} → ${show(a)}`).toBe('');
  expect(message, where).toMatch(/request body/i);
}

// each property runs for minutes at FUZZ_SCALE=10 on two cores
describe('hostile input, through the BFF to a real emulator', { timeout: 240_000 * SCALE }, () => {
  let s: FuzzStack;
  const p = DEMO_ACCOUNT.projectId;

  beforeAll(async () => {
    s = await startFuzzStack();
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('every seed body is valid, so each mutation is what makes a case invalid', () => {
    for (const t of BODY_TARGETS) {
      expect(t.seeds.length, `${t.endpoint.method} ${t.endpoint.path} has no seed`).toBeGreaterThan(
        0,
      );
      for (const seed of t.seeds)
        expect(t.schema.safeParse(seed).success, t.path(UNKNOWN_IDS)).toBe(true);
    }
  });

  it(`refuses ${RUNS.bodies} invalid bodies with a 4xx naming the field; none reaches ModelArts`, async () => {
    const before = await s.census();
    await fetch(`${s.emulator.url}/__control/requests`, { method: 'DELETE' });
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(bodyCases, async (c) => {
        fc.pre(invalid(c));
        const a = await s.viaBff.send(
          c.target.endpoint.method,
          `/api/${c.target.endpoint.api}/${c.target.path(UNKNOWN_IDS)}`,
          c.text,
        );
        sent += 1;
        expectNamedRefusal(c, a);
      }),
      { seed: SEED, numRuns: RUNS.bodies, maxSkipsPerRun: 1000, endOnFailure: true },
    );
    expect(sent).toBe(RUNS.bodies);
    const control = await fetch(`${s.emulator.url}/__control/requests`);
    const { requests } = (await control.json()) as { requests: { method: string; path: string }[] };
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await s.census()).toEqual(before);
    expect(s.bff.child.exitCode).toBe(null);
    expect(s.emulator.running()).toBe(true);
  });

  it(`answers ${RUNS.queries} hostile list queries with no 5xx; every 4xx says what is wrong`, async () => {
    const cases = fc
      .constantFrom(...QUERY_TARGETS)
      .chain((target) => hostileQuery(target.params).map((query) => ({ target, query })));
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(cases, async ({ target, query }) => {
        const path = `/api/${target.endpoint.api}/${target.path(s.ids)}${query}`;
        const a = await s.viaBff.send('GET', path);
        statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
        expect(a.status, `${path} → ${show(a)}`).toBeLessThan(500);
        if (a.status >= 400) {
          expect(errorCode(a), `${path} → ${show(a)}`).not.toBe('');
          expect(errorMessage(a), `${path} → ${show(a)}`).not.toBe('');
        }
        if (a.status === 400) {
          // the parameter sent that is wrong, or a documented one that is missing
          const names = [...queryKeys(query), ...target.params].filter((k) => k !== '');
          const named = names.some((k) => errorMessage(a).includes(k));
          expect(named, `${path} → ${show(a)} names none of ${names.join(', ')}`).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS.queries, endOnFailure: true },
    );
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(s.bff.child.exitCode).toBe(null);
    expect(s.emulator.running()).toBe(true);
  });

  it('answers a query too long for Node (over 16 KB) with 431 in the console error shape', async () => {
    const a = await s.viaBff.send(
      'GET',
      `/api/v1/training-jobs?search_content=${'q'.repeat(20_000)}`,
    );
    expect(a.status).toBe(431);
    expect(errorCode(a)).toBe('Console.0400');
    expect(errorMessage(a)).toMatch(/larger than the limit of 16 KB/);
    expect(s.bff.child.exitCode).toBe(null);
  });

  it(`the emulator itself refuses ${RUNS.emulator} invalid bodies with a 4xx and creates nothing`, async () => {
    const before = await s.census();
    await fc.assert(
      fc.asyncProperty(bodyCases, async (c) => {
        fc.pre(invalid(c));
        const path = `/${c.target.endpoint.api}/${p}/${c.target.path(s.ids)}`;
        const a = await s.direct.send(c.target.endpoint.method, path, c.text);
        const where = `${c.target.endpoint.method} ${path} ${JSON.stringify(c.mutation).slice(0, 200)} → ${show(a)}`;
        expect(a.status, where).toBeGreaterThanOrEqual(400);
        expect(a.status, where).toBeLessThan(500);
        expect(errorMessage(a), where).not.toBe('');
      }),
      { seed: SEED + 1, numRuns: RUNS.emulator, maxSkipsPerRun: 1000, endOnFailure: true },
    );
    expect(await s.census()).toEqual(before);
    expect(s.emulator.running()).toBe(true);
  });
});
