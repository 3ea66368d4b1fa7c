import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { V2CreateRoute } from './v2-create-route.js';

const ORIGINAL = {
  kind: 'job',
  metadata: { name: 'mnist', description: 'digits' },
  algorithm: {
    code_dir: '/bucket/code/',
    boot_file: '/bucket/code/train.py',
    engine: { engine_id: 'pytorch-1.8' },
    parameters: [{ name: 'epochs', value: '3' }],
    policies: { auto_search: null },
    environments: { SEED: '1' },
    outputs: [{ name: 'train_url', remote: { obs: { obs_url: '/bucket/out/' } } }],
  },
  spec: {
    resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 2 },
    log_export_path: { obs_url: '' },
  },
};
// what the server answers for it: the request echoed with the defaults it filled in
const DETAIL = {
  ...ORIGINAL,
  metadata: { ...ORIGINAL.metadata, id: 'job-1', create_time: 1 },
  status: { phase: 'Completed' },
  algorithm: {
    ...ORIGINAL.algorithm,
    engine: { ...ORIGINAL.algorithm.engine, v1_compatible: false, run_user: '1000' },
    outputs: [
      {
        ...ORIGINAL.algorithm.outputs[0],
        local_dir: '/home/ma-user/modelarts/outputs/train_url_0',
        mode: 'upload_periodically',
        period: '30s',
      },
    ],
  },
  spec: { ...ORIGINAL.spec, resource: { ...ORIGINAL.spec.resource, policy: 'regular' } },
};

afterEach(() => vi.unstubAllGlobals());

describe('V2CreateRoute ("Copy")', () => {
  it('opens the form filled from the job and sends its body under the new name', async () => {
    const fetch = vi.fn(
      jsonFetch({
        'GET /api/v2/training-jobs/job-1': { body: DETAIL },
        'GET /api/v2/training-job-flavors': {
          body: { total_count: 1, flavors: [{ flavor_id: 'modelarts.vm.cpu.8u', max_num: 4 }] },
        },
        'GET /api/v2/training-job-engines': {
          body: { total: 1, items: [{ engine_id: 'pytorch-1.8', engine_name: 'PyTorch' }] },
        },
        'GET /api/v2/algorithms': { body: { total: 0, count: 0, items: [] } },
        'POST /api/v2/training-jobs': {
          status: 201,
          body: { metadata: { id: 'job-2', name: 'mnist-copy' }, status: { phase: 'Creating' } },
        },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    renderRoute(<V2CreateRoute />, {
      path: '/jobs/v2/create?from=job-1',
      route: '/jobs/v2/create',
    });
    expect(await screen.findByLabelText('Name')).toHaveValue('mnist-copy');
    expect(screen.getByText(/Pre-filled from job/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(([, i]) => (i as RequestInit | undefined)?.method === 'POST'),
      ).toBe(true),
    );
    const [, init] = fetch.mock.calls.find(
      ([, i]) => (i as RequestInit | undefined)?.method === 'POST',
    ) as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      ...ORIGINAL,
      metadata: { ...ORIGINAL.metadata, name: 'mnist-copy' },
    });
    // the whole v2 form renders and validates in jsdom: slow on a busy machine
  }, 40_000);

  it('says so when the job cannot be read', async () => {
    vi.stubGlobal('fetch', vi.fn(jsonFetch({})));
    renderRoute(<V2CreateRoute />, { path: '/jobs/v2/create?from=gone', route: '/jobs/v2/create' });
    expect(await screen.findByText('Could not load the job to copy')).toBeInTheDocument();
  });
});
