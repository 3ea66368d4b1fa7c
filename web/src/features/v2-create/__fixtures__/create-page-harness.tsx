import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { V2CreatePage } from '../components/v2-create-page.js';

/** Catalog answers and helpers shared by the v2 create page tests. */
const FLAVORS = {
  total_count: 3,
  flavors: [
    { flavor_id: 'modelarts.vm.cpu.8u', flavor_type: 'CPU', max_num: 16 },
    {
      flavor_id: 'modelarts.p3.large.public.free',
      flavor_type: 'GPU',
      flavor_info: { max_num: 1 },
    },
    {
      flavor_id: 'modelarts.pool.visual.xlarge',
      flavor_type: 'GPU',
      max_num: 8,
      attributes: { pool_only: 'true' },
    },
  ],
};
const ENGINES = {
  total: 1,
  items: [{ engine_id: 'pytorch-1.8', engine_name: 'PyTorch', engine_version: '1.8' }],
};
const ALGORITHMS = {
  total: 1,
  count: 1,
  items: [
    {
      metadata: { id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed', name: 'ttt-obs-gpu' },
      job_config: { parameters: [{ name: 'input_dir', value: 'obs://x/' }] },
    },
  ],
};
const CREATED = {
  kind: 'job',
  metadata: { id: 'new-id', name: 'TestModelArtsJob2' },
  status: { phase: 'Creating' },
};

type Routes = Parameters<typeof jsonFetch>[0];

export function renderCreatePage(extra: Routes = {}) {
  const fetch = vi.fn(
    jsonFetch({
      'GET /api/v2/training-job-flavors': { body: FLAVORS },
      'GET /api/v2/training-job-engines': { body: ENGINES },
      'GET /api/v2/algorithms': { body: ALGORITHMS },
      'POST /api/v2/training-jobs': { status: 201, body: CREATED },
      'GET /api/v2/datasets': {
        body: { total_number: 1, datasets: [{ dataset_id: 'ds-1', dataset_name: 'mnist' }] },
      },
      'GET /api/v2/datasets/ds-1/versions': {
        body: { total_number: 1, versions: [{ version_id: 'v-3', version_name: 'V003' }] },
      },
      ...extra,
    }),
  );
  vi.stubGlobal('fetch', fetch);
  const view = renderRoute(<V2CreatePage />, { path: '/jobs/v2/create' });
  return { fetch, ...view };
}

/** Sets a text field the way typing does (one change event; typing char by char is slow). */
export function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

export async function choose(label: string, option: RegExp | string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

export function posts(fetch: ReturnType<typeof vi.fn>) {
  return fetch.mock.calls.filter(
    ([, init]) => (init as RequestInit | undefined)?.method === 'POST',
  );
}

export function sentBody(fetch: ReturnType<typeof vi.fn>): unknown {
  const call = posts(fetch)[0];
  return JSON.parse(String((call?.[1] as RequestInit).body));
}

export const previewBody = () =>
  JSON.parse(screen.getByTestId('v2-request-preview').textContent ?? '') as Record<string, unknown>;
