import type { UpdateJobConfigRequest } from '@console/shared';

/** `config_type=sample` configurations (catalog §3.15b/c): read-only, runnable as shipped. */
export const SAMPLE_CONFIGS: ReadonlyArray<{
  config_name: string;
  create_time: number;
  body: UpdateJobConfigRequest;
}> = [
  {
    config_name: 'mnist_tensorflow',
    create_time: 1559045426000,
    body: {
      config_desc: 'Seed 004: handwritten digits with the shipped train_mnist_tf.py',
      worker_server_num: 1,
      app_url: '/test-modelarts/mnist-tensorflow-code/',
      boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
      engine_id: 4,
      parameter: [{ label: 'max_steps', value: '40' }],
      data_url: '/test-modelarts/dataset-mnist/',
      train_url: '/test-modelarts/mnist-model/output/',
      spec_id: 27,
    },
  },
  {
    config_name: 'digits_softmax_builtin',
    create_time: 1559045427000,
    body: {
      config_desc: 'Built-in Softmax_Classifier on the dataset-digits sample dataset',
      worker_server_num: 1,
      model_id: 1,
      parameter: [{ label: 'max_steps', value: '20' }],
      dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
      dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
      train_url: '/usr/train/',
      spec_id: 1,
    },
  },
  {
    config_name: 'custom_image_mnist',
    create_time: 1559045428000,
    body: {
      config_desc: 'Seed 002 custom image sample (runs user_command as a shell command)',
      worker_server_num: 1,
      app_url: '/usr/app/',
      data_url: '/usr/data/',
      parameter: [{ label: 'CUSTOM_PARAM1', value: '1' }],
      user_image_url: '100.125.5.235:20202/jobmng/custom-cpu-base:1.0',
      user_command:
        'bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data',
      train_url: '/usr/train/',
      log_url: '/usr/log/',
      spec_id: 1,
    },
  },
];
