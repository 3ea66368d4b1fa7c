import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../test/render.js';
import { DatasetPicker } from './dataset-picker.js';

function renderPicker(routes: Parameters<typeof jsonFetch>[0], datasetId = '') {
  vi.stubGlobal('fetch', vi.fn(jsonFetch(routes)));
  const onDataset = vi.fn();
  const onVersion = vi.fn();
  renderRoute(
    <DatasetPicker
      datasetId={datasetId}
      versionId=""
      onDatasetChange={onDataset}
      onVersionChange={onVersion}
    />,
  );
  return { onDataset, onVersion, user: userEvent.setup() };
}

describe('DatasetPicker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the datasets and then the versions of the chosen one', async () => {
    const { user, onVersion } = renderPicker(
      {
        'GET /api/v2/datasets': {
          body: { total_number: 1, datasets: [{ dataset_id: 'ds1', dataset_name: 'digits' }] },
        },
        'GET /api/v2/datasets/ds1/versions': {
          body: { total_number: 1, versions: [{ version_id: 'v9', version_name: 'V001' }] },
        },
      },
      'ds1',
    );
    await user.click((await screen.findAllByLabelText('Dataset version'))[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'V001 (v9)', hidden: true }));
    expect(onVersion).toHaveBeenCalledWith('v9');
  });

  it('falls back to typed ids when the dataset list cannot be loaded', async () => {
    const { user, onDataset } = renderPicker({
      'GET /api/v2/datasets': { status: 502, body: { error_code: 'X', error_msg: 'down' } },
    });
    const input = await screen.findByLabelText('Dataset ID');
    await user.type(input, 'a');
    await waitFor(() => expect(onDataset).toHaveBeenCalledWith('a'));
  });
});
