import { expect, type Page } from '@playwright/test';

const CSRF = { 'X-Requested-With': 'modelarts-console' };
const ENGINE = 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64';

export interface MadeJob {
  api: 'v1' | 'v2';
  id: string;
  /** The job page's address. */
  href: string;
}

/** A v1 job with one version that runs the shipped MNIST sample. */
export async function makeV1Job(page: Page, name: string): Promise<MadeJob> {
  const res = await page.request.post('/api/v1/training-jobs', {
    headers: CSRF,
    data: {
      job_name: name,
      job_desc: 'accessibility walk',
      config: {
        worker_server_num: 1,
        app_url: '/test-modelarts/mnist-tensorflow-code/',
        boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
        engine_id: 4,
        flavor: { code: 'modelarts.vm.cpu.8u' },
        parameter: [{ label: 'max_steps', value: '2' }],
        data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
        train_url: '/test-modelarts/mnist-model/output/',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { job_id: number; version_id: number };
  return {
    api: 'v1',
    id: String(body.job_id),
    href: `/jobs/v1/${body.job_id}/versions/${body.version_id}`,
  };
}

async function makeV2(page: Page, data: unknown): Promise<MadeJob> {
  const res = await page.request.post('/api/v2/training-jobs', { headers: CSRF, data });
  expect(res.status(), await res.text()).toBe(201);
  const { metadata } = (await res.json()) as { metadata: { id: string } };
  return { api: 'v2', id: metadata.id, href: `/jobs/v2/${metadata.id}` };
}

/** A short v2 job from code, with parameters, an input and an output. */
export function makeV2Job(page: Page, name: string): Promise<MadeJob> {
  return makeV2(page, {
    kind: 'job',
    metadata: { name, description: 'accessibility walk' },
    algorithm: {
      code_dir: '/test-modelarts/v2-code/',
      boot_file: '/test-modelarts/v2-code/train_v2.py',
      engine: { engine_id: ENGINE },
      parameters: [
        { name: 'steps', value: '2' },
        { name: 'step_seconds', value: '0.1' },
      ],
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
  });
}

/** A two-trial hyperparameter search on the shipped sample. */
export function makeSearchJob(page: Page, name: string): Promise<MadeJob> {
  return makeV2(page, {
    kind: 'job',
    metadata: { name, description: 'accessibility walk' },
    algorithm: {
      code_dir: '/test-modelarts/autosearch/',
      boot_file: '/test-modelarts/autosearch/train_search.py',
      engine: { engine_id: ENGINE },
      parameters: [
        { name: 'learning_rate', value: '0.1' },
        { name: 'batch_size', value: '32' },
        { name: 'epochs', value: '2' },
      ],
      outputs: [
        {
          name: 'train_url',
          remote: { obs: { obs_url: `obs://test-modelarts/search-out/${name}/` } },
        },
      ],
      policies: {
        auto_search: {
          skip_search_params: '',
          reward_attrs: [{ name: 'acc', mode: 'max', regex: 'acc=([0-9.]+)' }],
          search_params: [
            {
              name: 'learning_rate',
              param_type: 'continuous',
              lower_bound: '0.01',
              upper_bound: '1.0',
            },
          ],
          algo_configs: [
            {
              name: 'anneal_search',
              params: [
                { key: 'num_samples', value: '2', type: 'Integer' },
                { key: 'seed', value: '3', type: 'Integer' },
              ],
            },
          ],
        },
      },
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
  });
}

/** Deletes what a test made (other journeys share the emulator). */
export async function deleteJobs(page: Page, jobs: readonly MadeJob[]): Promise<void> {
  for (const job of jobs) {
    const res = await page.request.delete(`/api/${job.api}/training-jobs/${job.id}`, {
      headers: CSRF,
    });
    expect(res.ok(), `delete ${job.api} ${job.id}`).toBe(true);
  }
}
