import type { Page } from '@playwright/test';

const CODE = '/test-modelarts/mnist-tensorflow-code/';

/**
 * A v2 create body shaped as the console's form sends it (parameters, search policy, environment
 * and log path always present): a short run of the shipped MNIST sample.
 */
export function v2JobBody(name: string) {
  return {
    kind: 'job',
    metadata: { name, description: 'job depth e2e' },
    algorithm: {
      code_dir: CODE,
      boot_file: `${CODE}train_mnist_tf.py`,
      engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      parameters: [
        { name: 'max_steps', value: '30' },
        { name: 'step_seconds', value: '0.01' },
      ],
      policies: { auto_search: null },
      environments: { E2E_FLAG: 'on', OMP_NUM_THREADS: '1' },
      inputs: [
        {
          name: 'data_url',
          local_dir: '/home/ma-user/data',
          remote: { obs: { obs_url: '/test-modelarts/dataset-mnist/' } },
        },
      ],
      outputs: [{ name: 'train_url', remote: { obs: { obs_url: '/test-modelarts/depth-out/' } } }],
    },
    spec: {
      resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 },
      log_export_path: { obs_url: '/test-modelarts/depth-logs/' },
      volumes: [
        {
          nfs: {
            nfs_server_path: '192.168.0.82:/share',
            local_path: '/home/ma-user/nfs/',
            read_only: true,
          },
        },
      ],
      auto_stop: { time_unit: 'HOURS', duration: 2 },
    },
  };
}

/** POSTs through the console's API in the page's session; returns the answer's JSON. */
export async function postJson<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([p, b]) => {
      const res = await fetch(p, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Requested-With': 'modelarts-console' },
        body: JSON.stringify(b),
      });
      const json = (await res.json()) as unknown;
      if (!res.ok) throw new Error(`${p} answered ${res.status}: ${JSON.stringify(json)}`);
      return json as T;
    },
    [path, body] as const,
  );
}

/** A v1 job config running the MNIST sample for `steps` steps. */
export function v1Config(steps: string) {
  return {
    worker_server_num: 1,
    app_url: CODE,
    boot_file_url: `${CODE}train_mnist_tf.py`,
    parameter: [
      { label: 'max_steps', value: steps },
      { label: 'step_seconds', value: '0.01' },
    ],
    engine_id: 4,
    flavor: { code: 'modelarts.vm.cpu.8u' },
    data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
    train_url: '/test-modelarts/mnist-model/output/',
  };
}
