import { EMPTY_V2_FORM, type V2JobFormValues } from './form-values.js';

/** Catalog §4.1 / seed 003, first sample: a job from "my algorithms" on a free GPU flavor. */
export const SEED_003_SAMPLE_1 = {
  kind: 'job',
  metadata: { name: 'TestModelArtsJob', description: 'This is a ModelArts job' },
  algorithm: {
    id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
    parameters: [
      { name: 'input_dir', value: 'obs://test/moxingtest-dir/' },
      { name: 'input_file', value: 'obs://test/moxingtest/' },
      { name: 'large_file_method', value: '1' },
    ],
    policies: { auto_search: null },
    environments: {},
  },
  spec: {
    resource: { flavor_id: 'modelarts.p3.large.public.free', node_count: 1 },
    log_export_path: { obs_url: '' },
  },
} as const;

/** Second sample: a custom image + command on a dedicated pool with an NFS volume. */
export const SEED_003_SAMPLE_2 = {
  kind: 'job',
  metadata: { name: 'TestModelArtsJob2', description: 'This is a ModelArts job2' },
  algorithm: {
    engine: { image_url: 'xxxxxxxx/fastseq:1.2' },
    command: 'cd /home/ma-user/ddp_demo && sh run_ddp.sh',
    parameters: [],
    policies: { auto_search: null },
    environments: { NCCL_DEBUG: 'INFO', NCCL_IB_DISABLE: '0' },
  },
  spec: {
    resource: {
      flavor_id: 'modelarts.pool.visual.xlarge',
      node_count: 1,
      pool_id: 'poolfaf38d76',
    },
    log_export_path: { obs_url: '/training-test/limou/ddp-demo-log/' },
    volumes: [
      {
        nfs: {
          nfs_server_path: '192.168.0.82:/',
          local_path: '/home/ma-user/nfs/',
          read_only: false,
        },
      },
    ],
  },
} as const;

/** Form values that produce the samples (what a user enters in the form). */
export const SEED_003_FORM_1: V2JobFormValues = {
  ...EMPTY_V2_FORM,
  name: 'TestModelArtsJob',
  description: 'This is a ModelArts job',
  source: 'algorithm',
  algorithmId: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
  parameters: SEED_003_SAMPLE_1.algorithm.parameters.map((p) => ({ ...p })),
  flavorId: 'modelarts.p3.large.public.free',
};

export const SEED_003_FORM_2: V2JobFormValues = {
  ...EMPTY_V2_FORM,
  name: 'TestModelArtsJob2',
  description: 'This is a ModelArts job2',
  source: 'image',
  imageUrl: 'xxxxxxxx/fastseq:1.2',
  command: 'cd /home/ma-user/ddp_demo && sh run_ddp.sh',
  environments: [
    { name: 'NCCL_DEBUG', value: 'INFO' },
    { name: 'NCCL_IB_DISABLE', value: '0' },
  ],
  poolKind: 'dedicated',
  poolId: 'poolfaf38d76',
  flavorId: 'modelarts.pool.visual.xlarge',
  logExportPath: '/training-test/limou/ddp-demo-log/',
  volumes: [{ serverPath: '192.168.0.82:/', localPath: '/home/ma-user/nfs/', readOnly: false }],
};
