import type { Config } from '../config.js';
import { CSRF } from './stack.js';
import type { WebhookReceiver } from './webhook-receiver.js';

/** Prints 30 numbered lines over about 2 s, then ends (exit 0). */
export const SCRIPT = `import time
for i in range(1, 31):
    print(f"step {i} of 30", flush=True)
    time.sleep(0.07)
`;
export const CODE = '/console-tests/notify/';
export const BOOT = `${CODE}notify.py`;
export const ORIGIN = 'https://console.example.test';

export function notifyConfig(receiver: WebhookReceiver): Partial<Config> {
  return {
    publicOrigin: ORIGIN,
    notify: {
      webhookUrl: receiver.url,
      pollMs: 200,
      maxAgeMs: 15 * 60_000,
      attempts: 4,
      retryMs: 50,
    },
  };
}

export async function createV1(base: string, cookie: string, name: string) {
  const res = await fetch(`${base}/api/v1/training-jobs`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify({
      job_name: name,
      config: {
        worker_server_num: 1,
        app_url: CODE,
        boot_file_url: BOOT,
        engine_id: 4,
        spec_id: 7,
        data_url: '/test-modelarts/dataset-mnist/',
        train_url: `/console-tests/out-${name}/`,
      },
    }),
  });
  if (res.status !== 200) throw new Error(`create ${name}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { job_id: number; version_id: number };
}
