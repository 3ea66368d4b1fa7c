import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { VersionsPanel } from './versions-panel.js';

const base = {
  status: 10,
  app_url: '/bucket/code/',
  boot_file_url: '/bucket/code/train.py',
  spec_code: 'modelarts.vm.cpu.2u',
  train_url: '/bucket/out/',
};
const VERSIONS = {
  is_success: true,
  job_id: 7,
  job_name: 'mnist',
  version_count: 3,
  versions: [
    {
      ...base,
      version_id: 3,
      version_name: 'V0003',
      create_time: 3,
      parameter: [
        { label: 'lr', value: '0.001' },
        { label: 'epochs', value: '5' },
      ],
    },
    {
      ...base,
      version_id: 2,
      version_name: 'V0002',
      create_time: 2,
      parameter: [
        { label: 'lr', value: '0.01' },
        { label: 'epochs', value: '5' },
      ],
    },
    {
      ...base,
      version_id: 1,
      version_name: 'V0001',
      create_time: 1,
      parameter: [
        { label: 'lr', value: '0.1' },
        { label: 'epochs', value: '5' },
      ],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('VersionsPanel compare', () => {
  it('compares the ticked versions, only the differences until "show all"', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(jsonFetch({ 'GET /api/v1/training-jobs/7/versions': { body: VERSIONS } })),
    );
    renderRoute(<VersionsPanel jobId={7} currentVersionId={3} />);
    const compare = await screen.findByRole('button', { name: 'Compare versions' });
    expect(compare).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare V0003' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare V0001' }));
    await userEvent.click(screen.getByRole('button', { name: 'Compare 2 versions' }));

    const table = await screen.findByRole('table', { name: 'Differences between versions' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual(['Setting', 'V0001', 'V0003']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Hyperparameter lr');
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.1', '0.001']);

    await userEvent.click(screen.getByRole('switch', { name: 'Show all fields' }));
    expect(within(table).getByText('Hyperparameter epochs')).toBeInTheDocument();
    expect(within(table).getByText('Output path')).toBeInTheDocument();
  });
});
