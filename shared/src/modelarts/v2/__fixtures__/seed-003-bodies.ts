/** The two sample requests of seed 003 (v2 create training job), exactly as printed. */
export const seed003FreeFlavorBody = {
  kind: 'job',
  metadata: { name: 'TestModelArtsJob', description: 'This is a ModelArts job' },
  algorithm: {
    id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
    parameters: [
      { name: 'input_dir', value: 'obs://cn-north-4-rse/test/moxingtest-dir/' },
      { name: 'input_file', value: 'obs://cn-north-4-rse/test/moxingtest/' },
      { name: 'large_file_method', value: '1' },
    ],
    policies: { auto_search: null },
    environments: {},
  },
  spec: {
    resource: { flavor_id: 'modelarts.p3.large.public.free', node_count: 1 },
    log_export_path: { obs_url: '' },
  },
};

export const seed003CustomImageBody = {
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
    log_export_path: { obs_url: '/cn-north-4-training-test/limou/ddp-demo-log/' },
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
};

/** The documented 201 response of seed 003 (with the `s://` typo of the sample kept). */
export const seed003CreateResponse = {
  kind: 'job',
  metadata: {
    id: '425b7087-83de-49ed-9e40-5bb642be956f',
    name: 'TestModelArtsJob',
    description: 'This is a ModelArts job',
    create_time: 1637045545982,
    workspace_id: '0',
    user_name: '',
  },
  status: {
    phase: 'Creating',
    secondary_phase: 'Creating',
    duration: 0,
    start_time: 0,
    node_count_metrics: null,
    tasks: ['worker-0', 'server-0'],
  },
  algorithm: {
    id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
    name: 'ttt-obs-gpu',
    code_dir: '/cn-north-4-rse/test/moxingtest-code/',
    boot_file: '/cn-north-4-rse/test/moxingtest-code/test_obs_gpu.py',
    parameters: [
      {
        name: 'input_dir',
        description: '',
        i18n_description: null,
        value: 's://cn-north-4-rse/test/moxingtest-dir/',
        constraint: {
          type: 'String',
          editable: true,
          required: true,
          sensitive: false,
          valid_type: 'None',
          valid_range: [],
        },
      },
    ],
    engine: {
      engine_id: 'horovod-cp36-tf-1.16.2',
      engine_name: 'Horovod',
      engine_version: '0.16.2-TF-1.13.1-python3.6',
    },
    policies: {},
  },
  spec: {
    resource: {
      policy: 'regular',
      flavor_id: 'modelarts.p3.large.public.free',
      flavor_name: 'Computing GPU(Vnt1) instance',
      node_count: 1,
      flavor_detail: {
        flavor_type: 'GPU',
        billing: { code: 'modelarts.vm.gpu.free', unit_num: 1 },
        flavor_info: {
          cpu: { arch: 'x86', core_num: 8 },
          gpu: { unit_num: 1, product_name: 'GP-Vnt1', memory: '32GB' },
          memory: { size: 64, unit: 'GB' },
        },
      },
    },
    log_export_path: {},
  },
};
