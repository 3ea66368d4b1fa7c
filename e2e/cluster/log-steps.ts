import type { Locator, Page } from '@playwright/test';

/** A v1 job that prints `step N/<steps> loss=… accuracy=… time=…` every `stepSeconds`. */
export async function createSteppingV1Job(
  page: Page,
  steps: number,
  stepSeconds: number,
): Promise<{ job_id: number; version_id: number }> {
  return page.evaluate(
    async ({ steps, stepSeconds }) => {
      const res = await fetch('/api/v1/training-jobs', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Requested-With': 'modelarts-console' },
        body: JSON.stringify({
          job_name: `cluster_${Date.now()}`,
          config: {
            worker_server_num: 1,
            app_url: '/test-modelarts/mnist-tensorflow-code/',
            boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
            parameter: [
              { label: 'max_steps', value: String(steps) },
              { label: 'step_seconds', value: String(stepSeconds) },
            ],
            engine_id: 4,
            flavor: { code: 'modelarts.vm.cpu.8u' },
            data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
            train_url: '/test-modelarts/mnist-model/output/',
          },
        }),
      });
      if (!res.ok) throw new Error(`create answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { job_id: number; version_id: number };
    },
    { steps, stepSeconds },
  );
}

export interface StepLine {
  /** The line's place in the view's buffer (data-log-line, 1-based). */
  index: number;
  step: number;
  text: string;
}

/**
 * The `step N/…` lines the (virtualised) viewer renders now, with their place in the buffer. Lines
 * of the buffer are numbered, so `index - step` is the same for every step line exactly when no
 * line was shown twice or lost before it.
 */
export async function renderedSteps(region: Locator): Promise<StepLine[]> {
  const rows = await region.locator('[data-log-line]').evaluateAll((els) =>
    els.map((el) => ({
      index: Number(el.getAttribute('data-log-line')),
      text: el.textContent ?? '',
    })),
  );
  return rows
    .map((r) => ({ ...r, m: /^step (\d+)\/\d+ /.exec(r.text) }))
    .filter((r) => r.m !== null)
    .map((r) => ({ index: r.index, step: Number(r.m![1]), text: r.text }))
    .sort((a, b) => a.index - b.index);
}

/** Stops the job (its python process would otherwise run on for minutes); the answer's status. */
export async function stopJob(
  page: Page,
  job: { job_id: number; version_id: number },
): Promise<number> {
  return page.evaluate(async (path) => {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'X-Requested-With': 'modelarts-console' },
    });
    return res.status;
  }, `/api/v1/training-jobs/${job.job_id}/versions/${job.version_id}/stop`);
}
