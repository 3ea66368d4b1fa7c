import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { createEmulatorApp } from '../app.js';
import { DEMO_ACCOUNT } from '../../demo-account.js';
import { createEmulator, type Emulator } from '../../emulator.js';
import { tokenBody } from '../../test-support.js';
import type { V2Timings } from '../../runner/v2/v2-runner.js';
import { v2RuntimeOf, type V2Runtime } from './v2-runtime.js';

/** Fast phases for tests (processes are still real). */
export const TEST_V2_TIMINGS: Partial<V2Timings> = {
  creatingMs: 100,
  pendingMs: 100,
  killGraceMs: 1500,
  metricsIntervalMs: 300,
};

export interface V2TestEmulator {
  app: Express;
  emulator: Emulator;
  rt: V2Runtime;
  dataDir: string;
  base: string;
  token: string;
  call(
    method: 'get' | 'post' | 'put' | 'delete',
    p: string,
    body?: unknown,
  ): Promise<request.Response>;
  waitPhase(
    id: string,
    done: (phase: string) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test JSON
  cleanup(): Promise<void>;
}

/** An in-process emulator over a temp (or given) data dir, with the v2 runtime on test timings. */
export async function createV2TestEmulator(
  opts: { dataDir?: string; timings?: Partial<V2Timings> } = {},
): Promise<V2TestEmulator> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-v2-'));
  const emulator = createEmulator({
    dataDir,
    timings: { metricsIntervalMs: 300 },
    v2Timings: { ...TEST_V2_TIMINGS, ...opts.timings },
  });
  const rt = v2RuntimeOf(emulator.ctx);
  const app = createEmulatorApp(emulator.ctx);
  const login = await request(app).post('/v3/auth/tokens').send(tokenBody());
  const token = String(login.headers['x-subject-token']);
  const base = `/v2/${DEMO_ACCOUNT.projectId}`;
  const call: V2TestEmulator['call'] = (method, p, body) => {
    const req = request(app)[method](`${base}${p}`).set('X-Auth-Token', token);
    return body === undefined ? req : req.send(body as object);
  };
  return {
    app,
    emulator,
    rt,
    dataDir,
    base,
    token,
    call,
    async waitPhase(id, done, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const res = await call('get', `/training-jobs/${id}`);
        if (res.status === 200 && done(res.body.status.phase)) return res.body;
        if (Date.now() > until)
          throw new Error(`phase wait timed out: ${JSON.stringify(res.body.status)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async cleanup() {
      await emulator.shutdown();
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A code_dir + boot_file job on the shipped sample script. */
export function scriptJob(
  name: string,
  extra: { params?: Record<string, string>; nodes?: number } = {},
) {
  return {
    kind: 'job',
    metadata: { name, description: 'v2 test' },
    algorithm: {
      code_dir: '/test-modelarts/v2-code/',
      boot_file: '/test-modelarts/v2-code/train_v2.py',
      engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      parameters: Object.entries({ steps: '3', step_seconds: '0.1', ...extra.params }).map(
        ([k, v]) => ({ name: k, value: v }),
      ),
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: extra.nodes ?? 1 } },
  };
}

/** A search job on the shipped sample `obs://test-modelarts/autosearch/train_search.py`. */
export function searchJob(
  name: string,
  opts: {
    algorithm?: string;
    samples?: number;
    seed?: number;
    epochs?: number;
    nodes?: number;
    output?: string;
    autoSearch?: Record<string, unknown>;
  } = {},
) {
  return {
    kind: 'job',
    metadata: { name, description: 'auto search test' },
    algorithm: {
      code_dir: '/test-modelarts/autosearch/',
      boot_file: '/test-modelarts/autosearch/train_search.py',
      engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      parameters: [
        { name: 'learning_rate', value: '0.1' },
        { name: 'batch_size', value: '32' },
        { name: 'epochs', value: String(opts.epochs ?? 2) },
      ],
      inputs: [
        { name: 'data_url', remote: { obs: { obs_url: 'obs://test-modelarts/dataset-mnist/' } } },
      ],
      outputs: [
        {
          name: 'train_url',
          remote: { obs: { obs_url: opts.output ?? `obs://test-modelarts/search-out/${name}/` } },
        },
      ],
      policies: {
        auto_search: {
          skip_search_params: '',
          reward_attrs: [
            { name: 'acc', mode: 'max', regex: 'acc=([0-9.]+)' },
            { name: 'loss', mode: 'min', regex: 'loss=([0-9.]+)' },
          ],
          search_params: [
            {
              name: 'learning_rate',
              param_type: 'continuous',
              lower_bound: '0.01',
              upper_bound: '1.0',
            },
            { name: 'batch_size', param_type: 'discrete', discrete_values: ['16', '32', '64'] },
          ],
          algo_configs: [
            {
              name: opts.algorithm ?? 'anneal_search',
              params: [
                { key: 'num_samples', value: String(opts.samples ?? 3), type: 'Integer' },
                { key: 'seed', value: String(opts.seed ?? 3), type: 'Integer' },
              ],
            },
          ],
          ...opts.autoSearch,
        },
      },
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: opts.nodes ?? 1 } },
  };
}
