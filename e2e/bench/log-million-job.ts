import type { BrowserContext } from '@playwright/test';
import { isV1Terminal, isV2Terminal } from '@console/shared';

const CSRF = { 'x-requested-with': 'modelarts-console' };
export type BenchApi = 'v1' | 'v2';

/** Polls `read` until it says the job is where it is awaited (true) or failed (a message). */
async function untilEnded(read: () => Promise<true | string | undefined>): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const r = await read();
    if (r === true) return;
    if (typeof r === 'string') throw new Error(r);
    if (Date.now() > deadline) throw new Error('the job did not end within 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500)); // polls the job's state
  }
}

/** The script of millionLineJob: `lines` numbered lines (`row N of the million`). */
const millionScript = (lines: number) =>
  `for i in range(1, ${lines} + 1):\n    print(f"row {i} of the million", flush=(i % 50000 == 0))\n`;

/**
 * A job (v1 or v2, one worker) that prints `lines` numbered lines (`row N of the million`) and
 * ends: uploads the script through the console's OBS API, starts the job, waits until it has
 * ended; the job page's path.
 */
export function millionLineJob(
  context: BrowserContext,
  lines: number,
  api: BenchApi,
): Promise<string> {
  return scriptJob(context, millionScript(lines), api);
}

/**
 * A job (v1 or v2, one worker) that runs the Python `script`, uploaded through the console's OBS
 * API; the job page's path once the job has ended (`until: 'ended'`) or runs (`'running'`).
 */
export async function scriptJob(
  context: BrowserContext,
  script: string,
  api: BenchApi,
  until: 'ended' | 'running' = 'ended',
): Promise<string> {
  const dir = `/test-modelarts/bench-log-${Date.now() % 100000}/`;
  const put = await context.request.put(
    `/api/obs/object?path=${encodeURIComponent(`${dir}print.py`)}`,
    { headers: { ...CSRF, 'content-type': 'text/x-python' }, data: script },
  );
  if (put.status() !== 201) throw new Error(`the script upload answered ${put.status()}`);
  const name = `million_${Date.now() % 100000}`;
  if (api === 'v2') {
    const res = await context.request.post('/api/v2/training-jobs', {
      headers: CSRF,
      data: {
        kind: 'job',
        metadata: { name },
        algorithm: {
          code_dir: dir,
          boot_file: `${dir}print.py`,
          engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
      },
    });
    if (res.status() !== 201) throw new Error(`the job was refused: ${res.status()}`);
    const id = ((await res.json()) as { metadata: { id: string } }).metadata.id;
    await untilEnded(async () => {
      const job = (await (await context.request.get(`/api/v2/training-jobs/${id}`)).json()) as {
        status?: { phase?: string };
      };
      const phase = job.status?.phase ?? '';
      if (phase === 'Completed' || (until === 'running' && phase === 'Running')) return true;
      return isV2Terminal(phase) ? `the job ended ${phase}` : undefined;
    });
    return `/jobs/v2/${id}?task=worker-0`;
  }
  const res = await context.request.post('/api/v1/training-jobs', {
    headers: CSRF,
    data: {
      job_name: name,
      config: {
        worker_server_num: 1,
        app_url: dir,
        boot_file_url: `${dir}print.py`,
        engine_id: 4,
        spec_id: 7,
        data_url: '/test-modelarts/dataset-mnist/',
        train_url: `${dir}out/`,
      },
    },
  });
  if (res.status() !== 200) throw new Error(`the job was refused: ${res.status()}`);
  const job = (await res.json()) as { job_id: number; version_id: number };
  const url = `/api/v1/training-jobs/${job.job_id}/versions/${job.version_id}`;
  await untilEnded(async () => {
    const v = (await (await context.request.get(url)).json()) as { status?: number };
    // JOBSTAT_COMPLETED, or JOBSTAT_RUNNING
    if (v.status === 10 || (until === 'running' && v.status === 8)) return true;
    return v.status !== undefined && isV1Terminal(v.status)
      ? `the job ended with status ${v.status}`
      : undefined;
  });
  return `/jobs/v1/${job.job_id}/versions/${job.version_id}`;
}
