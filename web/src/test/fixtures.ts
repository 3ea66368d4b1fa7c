/** Catalog samples (seed 004) used by the web tests. */
export const SPECS_RESPONSE = {
  is_success: true,
  spec_total_count: 3,
  specs: [
    {
      spec_id: 7,
      core: '2',
      cpu: '8',
      gpu_num: 0,
      gpu_type: '',
      spec_code: 'modelarts.vm.cpu.2u',
      unit_num: 1,
      max_num: 1,
      storage: '',
      interface_type: 1,
      no_resource: false,
    },
    {
      spec_id: 27,
      core: '8',
      cpu: '32',
      gpu_num: 0,
      gpu_type: '',
      spec_code: 'modelarts.vm.cpu.8u',
      unit_num: 1,
      max_num: 2,
      storage: '',
      interface_type: 1,
      no_resource: false,
    },
    {
      spec_id: 40,
      core: '8',
      cpu: '64',
      gpu_num: 1,
      gpu_type: 'V100',
      spec_code: 'modelarts.vm.gpu.v100',
      unit_num: 1,
      max_num: 4,
      storage: '',
      interface_type: 1,
      no_resource: true,
    },
  ],
};

export const ENGINES_RESPONSE = {
  is_success: true,
  engines: [
    {
      engine_type: 1,
      engine_name: 'TensorFlow',
      engine_id: 3,
      engine_version: 'TF-1.8.0-python2.7',
    },
    {
      engine_type: 1,
      engine_name: 'TensorFlow',
      engine_id: 4,
      engine_version: 'TF-1.8.0-python3.6',
    },
    {
      engine_type: 10,
      engine_name: 'PyTorch',
      engine_id: 41,
      engine_version: 'PyTorch-1.0.0-python3.6',
    },
  ],
};
