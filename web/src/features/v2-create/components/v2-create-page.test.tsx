import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  seed003CatalogCustomImageBody,
  seed003CatalogFreeFlavorBody,
} from '@console/shared/fixtures';
import {
  choose,
  fill,
  renderCreatePage as renderPage,
  sentBody,
} from '../__fixtures__/create-page-harness.js';

describe('V2CreatePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the engines it can read when the list holds a "......" item, with a quiet notice', async () => {
    const engine = { engine_id: 'pytorch-1.8', engine_name: 'PyTorch', engine_version: '1.8' };
    renderPage({
      'GET /api/v2/training-job-engines': { body: { total: 2, items: [engine, '......'] } },
    });
    await screen.findByLabelText('Name');
    expect(screen.queryByText(/Could not load AI engines/)).not.toBeInTheDocument();
    expect(
      screen.getByText('1 of the AI engines ModelArts listed could not be read and is left out.'),
    ).toBeInTheDocument();
  });

  it('sends the second seed-003 sample from the form, the preview showing the same body', async () => {
    const { fetch, router } = renderPage();
    await screen.findByLabelText('Name');
    fill('Name', 'TestModelArtsJob2');
    fill('Description', 'This is a ModelArts job2');
    await userEvent.click(screen.getByRole('radio', { name: 'Custom image' }));
    fill('Image URL', 'xxxxxxxx/fastseq:1.2');
    fill('Command', 'cd /home/ma-user/ddp_demo && sh run_ddp.sh');
    await userEvent.click(screen.getByRole('button', { name: 'Add variable' }));
    fill('Variable 1 name', 'NCCL_DEBUG');
    fill('Variable 1 value', 'INFO');
    await userEvent.click(screen.getByRole('button', { name: 'Add variable' }));
    fill('Variable 2 name', 'NCCL_IB_DISABLE');
    fill('Variable 2 value', '0');
    await userEvent.click(screen.getByRole('radio', { name: 'Dedicated pool' }));
    fill('Pool ID', 'poolfaf38d76');
    await choose('Flavor', /^modelarts\.pool\.visual\.xlarge/);
    await userEvent.click(screen.getByRole('button', { name: 'Add NFS volume' }));
    fill('NFS server path 1', '192.168.0.82:/');
    fill('Mount path 1', '/home/ma-user/nfs/');
    fill('Log export path', '/training-test/limou/ddp-demo-log/');

    const preview = JSON.parse(screen.getByTestId('v2-request-preview').textContent ?? '');
    expect(preview).toEqual(seed003CatalogCustomImageBody);
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs/v2/new-id'));
    expect(sentBody(fetch)).toEqual(seed003CatalogCustomImageBody);
  }, 30_000);

  it('picks one of my algorithms and sends the first sample', async () => {
    const { fetch, router } = renderPage();
    await screen.findByLabelText('Name');
    fill('Name', 'TestModelArtsJob');
    fill('Description', 'This is a ModelArts job');
    await choose('Algorithm', 'ttt-obs-gpu');
    for (const [i, p] of seed003CatalogFreeFlavorBody.algorithm.parameters.entries()) {
      await userEvent.click(screen.getByRole('button', { name: 'Add parameter' }));
      fill(`Parameter ${i + 1} name`, p.name);
      fill(`Parameter ${i + 1} value`, p.value);
    }
    await choose('Flavor', /^modelarts\.p3\.large\.public\.free/);
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs/v2/new-id'));
    expect(sentBody(fetch)).toEqual(seed003CatalogFreeFlavorBody);
  }, 30_000);

  it('takes an input from a dataset + version and an output to OBS', async () => {
    renderPage();
    await screen.findByLabelText('Name');
    await userEvent.click(screen.getByRole('button', { name: 'Add input' }));
    fill('Input 1 name', 'data_url');
    await userEvent.click(screen.getByRole('radio', { name: 'Dataset' }));
    await choose('Input 1 dataset', /^mnist /);
    await choose('Input 1 dataset version', /^V003 /);
    fill('Input 1 local directory', '/home/ma-user/data');
    await userEvent.click(screen.getByRole('button', { name: 'Add output' }));
    fill('Output 1 name', 'train_url');
    fill('Output 1 OBS path', 'obs://bucket/out/');
    const preview = JSON.parse(screen.getByTestId('v2-request-preview').textContent ?? '');
    expect(preview.algorithm.inputs).toEqual([
      {
        name: 'data_url',
        local_dir: '/home/ma-user/data',
        remote: { dataset: { id: 'ds-1', version_id: 'v-3' } },
      },
    ]);
    expect(preview.algorithm.outputs).toEqual([
      { name: 'train_url', remote: { obs: { obs_url: 'obs://bucket/out/' } } },
    ]);
  });

  it('shows field errors and sends nothing when the form is incomplete', async () => {
    const { fetch } = renderPage();
    await screen.findByLabelText('Name');
    fill('Name', 'bad name!');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await screen.findByText(
        'Name may contain only letters, digits, hyphens (-) and underscores (_)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Choose one of your algorithms')).toBeInTheDocument();
    expect(screen.getByText('Choose a flavor')).toBeInTheDocument();
    expect(
      fetch.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'POST'),
    ).toBe(false);
  });
});
