import { expect, type Page } from '@playwright/test';

const CSRF = { 'X-Requested-With': 'modelarts-console' };

export interface CreatedV2Job {
  id: string;
  createTime: number;
}

/**
 * A v2 job of the emulator's built-in step algorithm, created through the console's API with the
 * page's own session: `steps` × `stepSeconds` long (1 × 0: it ends at once).
 */
export async function createV2Job(
  page: Page,
  name: string,
  { steps = 1, stepSeconds = 0 }: { steps?: number; stepSeconds?: number } = {},
): Promise<CreatedV2Job> {
  const res = await page.request.post('/api/v2/training-jobs', {
    headers: CSRF,
    data: {
      kind: 'job',
      metadata: { name },
      algorithm: {
        id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
        parameters: [
          { name: 'steps', value: String(steps) },
          { name: 'step_seconds', value: String(stepSeconds) },
        ],
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { metadata: { id: string; create_time: number } };
  return { id: body.metadata.id, createTime: body.metadata.create_time };
}
