import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGINES_RESPONSE, SPECS_RESPONSE } from '../../test/fixtures.js';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { ConfigEditorPage } from './config-editor-page.js';

const calls = (m: ReturnType<typeof vi.fn>, method: string) =>
  m.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === method);

function stub(routes: Parameters<typeof jsonFetch>[0]) {
  const fetchMock = vi.fn(
    jsonFetch({
      'GET /api/v1/job/resource-specs': { body: SPECS_RESPONSE },
      'GET /api/v1/job/ai-engines': { body: ENGINES_RESPONSE },
      ...routes,
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('configuration editor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('holds the name to 20 characters and sends nothing', async () => {
    const fetchMock = stub({});
    renderRoute(<ConfigEditorPage />, { path: '/configs/create' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Configuration name'), 'a'.repeat(21));
    await user.click(screen.getByRole('button', { name: 'Create configuration' }));
    expect(
      await screen.findByText('Configuration name must be at most 20 characters'),
    ).toBeInTheDocument();
    expect(calls(fetchMock, 'POST')).toHaveLength(0);
  });

  it('modifies a configuration with PUT and the name fixed', async () => {
    const fetchMock = stub({
      'GET /api/v1/training-job-configs/cfg1': {
        body: {
          is_success: true,
          config_name: 'cfg1',
          config_desc: 'old',
          worker_server_num: 1,
          app_url: '/bkt/src/',
          boot_file_url: '/bkt/src/t.py',
          engine_id: 4,
          spec_id: 27,
          data_url: '/bkt/data/',
          parameter: [],
        },
      },
      'PUT /api/v1/training-job-configs/cfg1': { body: { is_success: true } },
    });
    renderRoute(<ConfigEditorPage />, {
      path: '/configs/cfg1/edit',
      route: '/configs/:configName/edit',
    });
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Configuration name');
    expect(name).toHaveValue('cfg1');
    expect(name).toHaveAttribute('readonly');
    await user.clear(screen.getByLabelText('Description'));
    await user.type(screen.getByLabelText('Description'), 'update');
    await user.click(screen.getByRole('button', { name: 'Save configuration' }));
    await waitFor(() => expect(calls(fetchMock, 'PUT')).toHaveLength(1));
    expect(JSON.parse(String((calls(fetchMock, 'PUT')[0]?.[1] as RequestInit).body))).toEqual({
      config_desc: 'update',
      worker_server_num: 1,
      parameter: [],
      spec_id: 27,
      engine_id: 4,
      app_url: '/bkt/src/',
      boot_file_url: '/bkt/src/t.py',
      data_url: '/bkt/data/',
    });
  });
});
