import type { DocumentedSample } from './sample-row.js';

const TJ = 'historical_apis/training_management_old_version/training_jobs';

/** v1 training jobs and versions (catalog §3.1–3.11), in the order the test sends them. */
export const V1_JOB_SAMPLES: DocumentedSample[] = [
  {
    page: `${TJ}/creating_a_training_job.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/training-jobs',
    body: {
      job_name: 'TestModelArtsJob',
      job_desc: 'This is a ModelArts job',
      workspace_id: 'af261af2218841ec960b01ab3cf1a5fa',
      config: {
        worker_server_num: 1,
        app_url: '/usr/app/',
        boot_file_url: '/usr/app/boot.py',
        parameter: [
          { label: 'learning_rate', value: '0.01' },
          { label: 'batch_size', value: '32' },
        ],
        dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
        dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
        spec_id: 1,
        engine_id: 1,
        train_url: '/usr/train/',
        log_url: '/usr/log/',
        model_id: 1,
        pool_id: 'testpool',
      },
    },
    saves: { jobA: 'job_id', jobA_v1: 'version_id' },
  },
  {
    page: `${TJ}/creating_a_training_job.rst`,
    index: 2,
    method: 'post',
    path: '/v1/{project_id}/training-jobs',
    body: {
      job_name: 'TestModelArtsJob2',
      job_desc: 'This is a ModelArts job',
      workspace_id: 'af261af2218841ec960b01ab3cf1a5fa',
      config: {
        worker_server_num: 1,
        data_url: '/usr/data/',
        app_url: '/usr/app/',
        boot_file_url: '/usr/app/boot.py',
        parameter: [{ label: 'CUSTOM_PARAM1', value: '1' }],
        spec_id: 1,
        user_command:
          'bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data',
        user_image_url: '100.125.5.235:20202/jobmng/custom-cpu-base:1.0',
        train_url: '/usr/train/',
        log_url: '/usr/log/',
        model_id: 1,
        pool_id: 'testpool',
        engine_id: 1,
      },
    },
  },
  {
    page: `${TJ}/creating_a_training_job.rst`,
    index: 3,
    method: 'post',
    path: '/v1/{project_id}/training-jobs',
    body: {
      job_name: 'TestModelArtsJob3',
      job_desc: 'This is a ModelArts job',
      workspace_id: 'af261af2218841ec960b01ab3cf1a5fa',
      config: {
        worker_server_num: 1,
        app_url: '/usr/app/',
        boot_file_url: '/usr/app/boot.py',
        parameter: [
          { label: 'learning_rate', value: '0.01' },
          { label: 'batch_size', value: '32' },
        ],
        dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
        dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
        spec_id: 1,
        engine_id: 1,
        train_url: '/usr/train/',
        log_url: '/usr/log/',
        model_id: 1,
        pool_id: 'testpool',
        volumes: [
          {
            nfs: {
              id: '43b37236-9afa-4855-8174-32254b9562e7',
              src_path: '192.168.8.150:/',
              dest_path: '/home/work/nas',
              read_only: false,
            },
          },
          { host_path: { src_path: '/root/work', dest_path: '/home/mind', read_only: false } },
        ],
      },
    },
  },
  {
    page: `${TJ}/querying_a_training_job_list.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-jobs?status=7&per_page=10&page=1&sortBy=job_name&order=asc&search_content=job',
  },
  {
    page: `${TJ}/obtaining_training_job_versions.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-jobs/10/versions?per_page=5&page=1',
    fill: { 'training-jobs': 'jobA' },
  },
  {
    // "job_id is 10 and pre_version_id is 20": pre_version_id must name a version of the job
    // (ModelArts.0101 otherwise), so it is filled with the job's first version, like the path id.
    page: `${TJ}/creating_a_version_of_a_training_job.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/training-jobs/10/versions/',
    body: {
      job_desc: 'This is a ModelArts job',
      config: {
        worker_server_num: 1,
        app_url: '/usr/app/',
        boot_file_url: '/usr/app/boot.py',
        parameter: [
          { label: 'learning_rate', value: '0.01' },
          { label: 'batch_size', value: '32' },
        ],
        dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
        dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
        spec_id: 1,
        engine_id: 1,
        train_url: '/usr/train/',
        log_url: '/usr/log/',
        pre_version_id: 20,
        model_id: 1,
        pool_id: 'test-pool',
      },
    },
    fill: { 'training-jobs': 'jobA' },
    fillBody: { 'config.pre_version_id': 'jobA_v1' },
    saves: { jobA_v2: 'version_id' },
  },
  {
    page: `${TJ}/querying_the_details_about_a_training_job_version.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-jobs/10/versions/10',
    fill: { 'training-jobs': 'jobA', versions: 'jobA_v1' },
  },
  {
    page: `${TJ}/obtaining_the_name_of_a_training_job_log_file.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-jobs/10/versions/10/log/file-names',
    fill: { 'training-jobs': 'jobA', versions: 'jobA_v1' },
  },
  {
    // Refused: the page says log_file comes from the log file-name API and base_line "is obtained
    // from an API response"; `log1.log` is no file of this version, and the cursor was never
    // issued. The space after `base_line=` is printed on the page; it is sent URL-encoded (%20).
    page: `${TJ}/querying_training_job_logs.rst`,
    index: 1,
    method: 'get',
    path: '/v1/{project_id}/training-jobs/10/versions/10/aom-log?log_file=log1.log&base_line=%201551252759254000002&lines=50&order=desc',
    fill: { 'training-jobs': 'jobA', versions: 'jobA_v1' },
    refused: { status: 400, error_code: 'ModelArts.0101' },
  },
  {
    page: `${TJ}/stopping_a_training_job.rst`,
    index: 1,
    method: 'post',
    path: '/v1/{project_id}/training-jobs/10/versions/10/stop',
    fill: { 'training-jobs': 'jobA', versions: 'jobA_v2' },
  },
  {
    page: `${TJ}/deleting_a_version_of_a_training_job.rst`,
    index: 1,
    method: 'delete',
    path: '/v1/{project_id}/training-jobs/10/versions/10',
    fill: { 'training-jobs': 'jobA', versions: 'jobA_v2' },
  },
  {
    page: `${TJ}/modifying_the_description_of_a_training_job.rst`,
    index: 1,
    method: 'put',
    path: '/v1/{project_id}/training-jobs/10',
    body: { job_desc: 'This is a ModelArts job' },
    fill: { 'training-jobs': 'jobA' },
  },
  {
    page: `${TJ}/deleting_a_training_job.rst`,
    index: 1,
    method: 'delete',
    path: '/v1/{project_id}/training-jobs/10',
    fill: { 'training-jobs': 'jobA' },
  },
];
