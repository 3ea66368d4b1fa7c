import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoToken, spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import {
  paramNames,
  pathOf,
  V1_PARAM_PATTERNS,
  V2_PARAM_PATTERNS,
  v1Bodies,
  v1Endpoints,
  v2Bodies,
  v2Endpoints,
  type Endpoint,
} from '@console/shared';
import { V1_VALIDATORS } from '../routes/proxy-v1.js';
import { V2_VALIDATORS } from '../routes/proxy-v2.js';
import { isAllowed } from '../services/allow-list.js';
import { V1_ALLOW_LIST } from '../services/v1-allow-list.js';
import { V2_ALLOW_LIST } from '../services/v2-allow-list.js';

/**
 * The contracts in shared/src/contracts are the one definition of every ModelArts endpoint: the
 * emulator must serve each, the BFF allow-lists (and validates) each, and the web calls each unless
 * the contract says why not. Adding an endpoint on one side only fails here.
 */
const API = {
  v1: {
    endpoints: v1Endpoints,
    bodies: v1Bodies as Partial<Record<string, unknown>>,
    patterns: V1_PARAM_PATTERNS,
    allow: V1_ALLOW_LIST,
    check: V1_VALIDATORS,
  },
  v2: {
    endpoints: v2Endpoints,
    bodies: v2Bodies as Partial<Record<string, unknown>>,
    patterns: V2_PARAM_PATTERNS,
    allow: V2_ALLOW_LIST,
    check: V2_VALIDATORS,
  },
} as const;

const contracts = (['v1', 'v2'] as const).flatMap((api) =>
  Object.entries(API[api].endpoints as Record<string, Endpoint>).map(([name, e]) => ({
    api,
    name,
    e,
  })),
);

/** A value for every path parameter that its pattern accepts (and that names nothing real). */
function samplePath(e: Endpoint): string {
  const params = Object.fromEntries(
    paramNames(e).map((n) => [n, e.api === 'v1' && n !== 'config_name' ? '424242' : 'drift_1']),
  );
  return pathOf(e, params);
}

const WEB_SRC = fileURLToPath(new URL('../../../web/src', import.meta.url));
function webSource(dir = WEB_SRC): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((d) => {
      const p = join(dir, d.name);
      if (d.isDirectory()) return d.name === '__fixtures__' ? '' : webSource(p);
      return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? readFileSync(p, 'utf8') : '';
    })
    .join('\n');
}

describe('one contract per endpoint', () => {
  it('the BFF allow-lists exactly the contracts, and validates every contract body', () => {
    for (const { api, name, e } of contracts) {
      const rel = samplePath(e);
      expect(isAllowed(e.method, rel, API[api].allow), `${api}.${name}`).toBe(true);
      const validator = API[api].check.find((v) => v.method === e.method && v.path.test(rel));
      expect(validator?.schema, `${api}.${name}`).toBe(API[api].bodies[name]);
    }
    expect(V1_ALLOW_LIST).toHaveLength(Object.keys(v1Endpoints).length);
    expect(V2_ALLOW_LIST).toHaveLength(Object.keys(v2Endpoints).length);
  });

  it('every parameter has a pattern that refuses traversal', () => {
    for (const { api, name, e } of contracts)
      for (const p of paramNames(e)) {
        const pattern = new RegExp(`^${API[api].patterns[p]}$`);
        expect(pattern.source, `${api}.${name} {${p}}`).not.toBe('^undefined$');
        for (const bad of ['..', '.', 'a/b', '%2e%2e', ''])
          expect(pattern.test(bad), `${api}.${name} {${p}} accepts ${bad}`).toBe(false);
      }
  });

  it('the web calls every contract not marked notInWeb, and none that is', () => {
    const source = webSource();
    for (const { api, name, e } of contracts) {
      const used = source.includes(`${api}Endpoints.${name}`);
      expect(used, `${api}.${name}: ${e.notInWeb ?? 'not called by the web'}`).toBe(
        e.notInWeb === undefined,
      );
    }
  });

  describe('the emulator serves every contract', () => {
    let emulator: SpawnedEmulator;
    let token = '';
    beforeAll(async () => {
      emulator = await spawnEmulator();
      token = await demoToken(emulator.url);
    });
    afterAll(async () => emulator?.stop());

    it.each(contracts.map((c) => [`${c.api}.${c.name}`, c] as const))('%s', async (_n, c) => {
      const url = `${emulator.url}/${c.api}/${emulator.projectId}/${samplePath(c.e)}`;
      const res = await fetch(url, {
        method: c.e.method,
        headers: { 'x-auth-token': token, 'content-type': 'application/json' },
        ...(c.e.method === 'GET' || c.e.method === 'DELETE' ? {} : { body: '{}' }),
      });
      const body = (await res.json()) as { error_code?: string };
      // APIGW.0101 is the gateway's "no such API": anything else means a route answered
      expect(body.error_code, `${c.e.method} ${url} → ${res.status}`).not.toBe('APIGW.0101');
      expect(res.status).toBeLessThan(500);
    });
  });
});
