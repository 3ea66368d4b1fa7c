/**
 * Seeds an emulator data folder with many finished jobs, written as a `state.json` of the first
 * format (the one the emulator has always read, and migrates from): the same seed works for the
 * emulator of any version, so before/after figures compare like with like. Records are sized like
 * real finished jobs (about 2 KB each as stored: a full config, 3 metric samples, a few events;
 * 10k jobs + 1k tokens make a 23 MB state.json, the issue measured 18 MB).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { V1_STATUS } from '@console/shared';
import { DEMO_ACCOUNT } from '../src/demo-account.js';
import {
  emptyMetrics,
  type JobRecord,
  type SystemMetrics,
  type TokenRecord,
} from '../src/store/types.js';
import type { V2JobRecord } from '../src/store/v2-types.js';

export interface SeedOptions {
  v1Jobs: number;
  v2Jobs: number;
  /** Stored tokens of other sign-ins (the issue measured 1,000). */
  tokens: number;
}

const SAMPLES = 3;

function metrics(seed: number): SystemMetrics {
  const m = emptyMetrics(2);
  for (let i = 0; i < SAMPLES; i++) {
    const v = ((seed * 31 + i * 7) % 100).toFixed(2);
    m.cpuUsage.push(v);
    m.memUsage.push(v);
    m.gpuUtil.push('0.00');
    m.gpuMemUsage.push('0.00');
    m.diskReadRate.push('0.00');
    m.diskWriteRate.push(v);
    m.recvBytesRate.push('0.00');
    m.sendBytesRate.push('0.00');
  }
  return m;
}

function v1Job(i: number, jobId: number, versionId: number, t: number): JobRecord {
  const name = `seed_v1_${i}`;
  return {
    job_id: jobId,
    job_name: name,
    job_desc: `seeded job ${i}`,
    project_id: DEMO_ACCOUNT.projectId,
    workspace_id: '0',
    create_time: t,
    highest_version: 1,
    versions: [
      {
        version_id: versionId,
        version_name: 'V0001',
        pre_version_id: null,
        status: V1_STATUS.COMPLETED,
        create_time: t,
        start_time: t + 1000,
        end_time: t + 60_000,
        resource_id: `job${randomBytes(4).toString('hex')}`,
        config: {
          worker_server_num: 1,
          app_url: '/test-modelarts/mnist-tensorflow-code/',
          boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
          data_url: '/test-modelarts/dataset-mnist/',
          train_url: `/test-modelarts/output/${name}/`,
          spec_id: 1,
          engine_id: 4,
          parameter: [
            { label: 'max_steps', value: '100' },
            { label: 'learning_rate', value: '0.01' },
          ],
        },
        spec_id: 1,
        engine_id: 4,
        log_files: [`job-${name.replace(/_/g, '-')}.0`],
        pids: [],
        system_metric_list: metrics(i),
        error_result: null,
      },
    ],
  };
}

function v2Job(i: number, t: number): V2JobRecord {
  return {
    id: `5eed${String(i).padStart(4, '0')}-0000-4000-8000-${randomBytes(6).toString('hex')}`,
    project_id: DEMO_ACCOUNT.projectId,
    kind: 'job',
    name: `seed_v2_${i}`,
    description: `seeded job ${i}`,
    workspace_id: '0',
    annotations: {},
    user_name: DEMO_ACCOUNT.username,
    create_time: t,
    phase: 'Completed',
    secondary_phase: 'Completed',
    start_time: t + 1000,
    end_time: t + 60_000,
    algorithm: {
      code_dir: '/test-modelarts/v2-code/',
      boot_file: '/test-modelarts/v2-code/train_v2.py',
      parameters: [{ name: 'epochs', value: '3' }],
      policies: {},
      inputs: [],
      outputs: [],
      engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      environments: {},
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    launch: {
      kind: 'boot_file',
      code_dir: '/test-modelarts/v2-code/',
      boot_file: '/test-modelarts/v2-code/train_v2.py',
      command: null,
      image_url: null,
    },
    tasks: [
      { task: 'worker-0', rank: 0, pid: null, exit_code: 0, message: '', metrics: metrics(i) },
    ],
    running_records: [
      { start_at: t + 1000, end_at: t + 60_000, start_type: 'init_or_rescheduled' },
    ],
    node_count_metrics: [[t + 1000, 1]],
    events: [
      { at: t, level: 'Info', source: 'Job', message: 'Training job created.' },
      { at: t + 1000, level: 'Info', source: 'Job', message: 'Training job is running.' },
      { at: t + 60_000, level: 'Info', source: 'Job', message: 'Training job completed.' },
    ],
    end_reason: null,
  };
}

function token(i: number, t: number): TokenRecord {
  return {
    hash: createHash('sha256').update(`seed-token-${i}`).digest('hex'),
    user_name: DEMO_ACCOUNT.username,
    user_id: 'seed-user',
    domain_name: DEMO_ACCOUNT.domain,
    domain_id: 'seed-domain',
    project_id: DEMO_ACCOUNT.projectId,
    project_name: DEMO_ACCOUNT.project,
    issued_at: t,
    expires_at: t + 24 * 3600_000,
  };
}

/** Writes `<dataDir>/state.json`; returns its size in bytes. */
export function seedState(dataDir: string, o: SeedOptions): number {
  const t = Date.now() - 3600_000;
  const firstJob = 100_000;
  const firstVersion = 200_000;
  const jobs = Array.from({ length: o.v1Jobs }, (_, i) =>
    v1Job(i, firstJob + i, firstVersion + i, t + i),
  );
  const state = {
    schema: 1,
    next_job_id: firstJob + o.v1Jobs,
    next_version_id: firstVersion + o.v1Jobs,
    jobs,
    tokens: Array.from({ length: o.tokens }, (_, i) => token(i, t)),
    job_configs: [],
    visualization_jobs: [],
    v2: {
      jobs: Array.from({ length: o.v2Jobs }, (_, i) => v2Job(i, t + i)),
      algorithms: [],
      seeded_projects: [],
    },
  };
  fs.mkdirSync(dataDir, { recursive: true });
  const text = JSON.stringify(state, null, 1);
  fs.writeFileSync(path.join(dataDir, 'state.json'), text);
  return Buffer.byteLength(text);
}
