import { DEMO_ACCOUNT } from '@console/emulator';
import {
  demoToken,
  spawnEmulator,
  writeObsFile,
  type SpawnedEmulator,
} from '@console/emulator/testing';
import { seed000ObsConfigBody, seed004CreateBody } from '@console/shared/fixtures';
import { CSRF, DEMO } from '../stack.js';
import { spawnBff, type SpawnedBff } from '../spawn-bff.js';
import { client, type Answer } from './fuzz-checks.js';
import type { FuzzIds } from './fuzz-targets.js';

export interface FuzzStack {
  emulator: SpawnedEmulator;
  bff: SpawnedBff;
  /** Signed-in browser-like client of the BFF (cookie + CSRF header). */
  viaBff: ReturnType<typeof client>;
  /** Client of the emulator itself with an IAM token. */
  direct: ReturnType<typeof client>;
  ids: FuzzIds;
  /** How many jobs, configurations, visualization jobs and algorithms exist now. */
  census(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

const expectOk = (what: string, a: Answer) => {
  if (a.status >= 300) throw new Error(`${what}: ${a.status} ${a.text.slice(0, 300)}`);
  return a.body ?? {};
};

/** A real emulator process and a real BFF process in front of it, with one object of each kind. */
export async function startFuzzStack(): Promise<FuzzStack> {
  const emulator = await spawnEmulator();
  const bff = await spawnBff({
    IAM_ENDPOINT: emulator.url,
    MODELARTS_ENDPOINT: emulator.url,
    LOGIN_FAILURES_PER_IP: '1000',
  });
  const login = await fetch(`${bff.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify(DEMO),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const viaBff = client(bff.url, { cookie, ...CSRF });

  const token = await demoToken(emulator.url);
  const direct = client(emulator.url, { 'x-auth-token': token });
  const p = DEMO_ACCOUNT.projectId;

  writeObsFile(emulator.dataDir, '/fuzz/code/train.py', 'print("fuzz target")\n');
  const v1 = expectOk(
    'v1 job',
    await direct.send('POST', `/v1/${p}/training-jobs`, JSON.stringify(seed004CreateBody)),
  );
  const config = expectOk(
    'config',
    await direct.send(
      'POST',
      `/v1/${p}/training-job-configs`,
      JSON.stringify(seed000ObsConfigBody),
    ),
  );
  const board = expectOk(
    'visualization job',
    await direct.send(
      'POST',
      `/v1/${p}/visualization-jobs`,
      JSON.stringify({ job_name: 'fuzz_board', train_url: '/fuzz/output/' }),
    ),
  );
  const v2 = expectOk(
    'v2 job',
    await direct.send(
      'POST',
      `/v2/${p}/training-jobs`,
      JSON.stringify({
        kind: 'job',
        metadata: { name: 'fuzz_v2_target' },
        algorithm: {
          code_dir: '/fuzz/code/',
          boot_file: '/fuzz/code/train.py',
          engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
      }),
    ),
  );
  const algorithm = expectOk(
    'algorithm',
    await direct.send(
      'POST',
      `/v2/${p}/algorithms`,
      JSON.stringify({
        metadata: { name: 'fuzz_target_algorithm' },
        job_config: { code_dir: '/fuzz/code/', boot_file: '/fuzz/code/train.py' },
      }),
    ),
  );
  const ids: FuzzIds = {
    v1Job: String(v1.job_id),
    v1Version: String(v1.version_id),
    v1Config: seed000ObsConfigBody.config_name,
    v1Visualization: String(board.job_id),
    v2Job: String((v2.metadata as { id: string }).id),
    v2Task: 'worker-0',
    v2Algorithm: String((algorithm.metadata as { id: string }).id),
  };
  if (!config.is_success) throw new Error('config not created');

  const count = async (what: string, method: string, path: string, key: string, body?: string) => {
    const b = expectOk(what, await direct.send(method, path, body));
    return Number(b[key]);
  };
  return {
    emulator,
    bff,
    viaBff,
    direct,
    ids,
    census: async () => ({
      v1Jobs: await count('v1 jobs', 'GET', `/v1/${p}/training-jobs?per_page=1`, 'job_total_count'),
      configs: await count(
        'configs',
        'GET',
        `/v1/${p}/training-job-configs?per_page=1`,
        'config_total_count',
      ),
      boards: await count(
        'boards',
        'GET',
        `/v1/${p}/visualization-jobs?per_page=1`,
        'job_total_count',
      ),
      v2Jobs: await count('v2 jobs', 'POST', `/v2/${p}/training-job-searches`, 'total', '{}'),
      algorithms: await count('algorithms', 'GET', `/v2/${p}/algorithms?limit=1`, 'total'),
    }),
    async stop() {
      await viaBff.close();
      await direct.close();
      await bff.stop();
      await emulator.stop();
    },
  };
}
