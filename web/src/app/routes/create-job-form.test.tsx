import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGINES_RESPONSE, SPECS_RESPONSE } from '../../test/fixtures.js';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { CreateJobPage } from './create-job-page.js';

const ROUTES = {
  'GET /api/v1/job/resource-specs': { body: SPECS_RESPONSE },
  'GET /api/v1/job/ai-engines': { body: ENGINES_RESPONSE },
  'GET /api/v1/built-in-algorithms': {
    body: {
      is_success: true,
      model_total_count: 2,
      models: [
        { model_id: 3, model_name: 'ResNet_v1_50', parameter: '[]', engine_name: 'MXNet' },
        {
          model_id: 1,
          model_name: 'Softmax',
          parameter: JSON.stringify([
            { label: 'learning_rate', value: 0.1, required: true },
            { label: 'epochs', value: '5' },
          ]),
        },
      ],
    },
  },
};

type Body = { config: Record<string, unknown> } & Record<string, unknown>;
const preview = () => JSON.parse(screen.getByTestId('request-preview').textContent ?? '{}') as Body;

async function renderForm() {
  const fetchMock = vi.fn(jsonFetch(ROUTES));
  vi.stubGlobal('fetch', fetchMock);
  renderRoute(<CreateJobPage />, { path: '/jobs/create' });
  await screen.findByLabelText('Name');
  return { fetchMock, user: userEvent.setup() };
}

const posts = (m: ReturnType<typeof vi.fn>) =>
  m.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST');

describe('CreateJobForm switches', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a custom image replaces the engine and boot file in the body', async () => {
    const { user } = await renderForm();
    await user.click(screen.getByRole('radio', { name: 'Custom image' }));
    expect(screen.queryByLabelText('Boot file')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Image'), 'swr.example/img:1');
    await user.type(screen.getByLabelText('Boot command'), 'bash run.sh');
    const { config } = preview();
    expect(config).toMatchObject({
      user_image_url: 'swr.example/img:1',
      user_command: 'bash run.sh',
    });
    expect(config).not.toHaveProperty('engine_id');
    expect(config).not.toHaveProperty('boot_file_url');
    await user.click(screen.getByRole('radio', { name: 'Custom code' }));
    expect(preview().config).not.toHaveProperty('user_image_url');
    expect(preview().config).toHaveProperty('engine_id', 4);
  });

  it('a built-in algorithm sends model_id only', async () => {
    const { user } = await renderForm();
    await user.click(screen.getByRole('radio', { name: 'Built-in algorithm' }));
    await user.click((await screen.findAllByLabelText('Algorithm'))[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'ResNet_v1_50', hidden: true }));
    const { config } = preview();
    expect(config.model_id).toBe(3);
    for (const gone of ['app_url', 'boot_file_url', 'engine_id'])
      expect(config).not.toHaveProperty(gone);
  });

  it('choosing a built-in algorithm fills in its default hyperparameters, which stay editable', async () => {
    const { user } = await renderForm();
    await user.click(screen.getByRole('radio', { name: 'Built-in algorithm' }));
    await user.click((await screen.findAllByLabelText('Algorithm'))[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'Softmax', hidden: true }));
    await waitFor(() =>
      expect(preview().config.parameter).toEqual([
        { label: 'learning_rate', value: '0.1' },
        { label: 'epochs', value: '5' },
      ]),
    );
    const epochs = screen.getAllByLabelText('Value')[1] as HTMLElement;
    await user.clear(epochs);
    await user.type(epochs, '12');
    await user.click((await screen.findAllByLabelText('Algorithm'))[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'ResNet_v1_50', hidden: true }));
    await waitFor(() =>
      expect(preview().config.parameter).toEqual([{ label: 'epochs', value: '12' }]),
    );
  });

  it('data source and resource switches change the body', async () => {
    const { user } = await renderForm();
    await user.click(screen.getByRole('radio', { name: 'OBS path' }));
    await user.type(screen.getByLabelText('Data path'), '/bucket/data/');
    expect(preview().config).toMatchObject({ data_url: '/bucket/data/' });
    expect(preview().config).not.toHaveProperty('data_source');
    await user.click(screen.getByRole('radio', { name: 'Public pool, by spec ID' }));
    expect(preview().config).toMatchObject({ spec_id: 27 });
    expect(preview().config).not.toHaveProperty('flavor');
    await user.click(screen.getByRole('radio', { name: 'Dedicated pool' }));
    await user.type(screen.getByLabelText('Pool ID'), 'pool-1');
    expect(preview().config).toMatchObject({ pool_id: 'pool-1' });
    expect(preview().config).not.toHaveProperty('spec_id');
  });

  it('adds an nfs then a host_path volume', async () => {
    const { user } = await renderForm();
    await user.click(screen.getByRole('button', { name: 'Add NFS volume' }));
    await user.type(screen.getByLabelText('Volume 1 id'), 'fs-1');
    await user.click(screen.getByRole('button', { name: 'Add host folder' }));
    await user.type(screen.getByLabelText('Volume 2 source path'), '/root/work');
    expect(preview().config.volumes).toEqual([
      { nfs: { id: 'fs-1', src_path: '', dest_path: '', read_only: false } },
      { host_path: { src_path: '/root/work', dest_path: '', read_only: false } },
    ]);
  });

  it('a bad volume shows the rule beside the field and sends nothing', async () => {
    const { user, fetchMock } = await renderForm();
    await user.type(screen.getByLabelText('Name'), 'vol_job');
    await user.click(screen.getByRole('button', { name: 'Add host folder' }));
    const volume = screen.getByLabelText('Volume 1 (Host folder)');
    await user.type(within(volume).getByLabelText('Volume 1 source path'), '/root/work');
    await user.type(within(volume).getByLabelText('Volume 1 mount path'), 'relative');
    expect(preview().config.volumes).toEqual([
      { host_path: { src_path: '/root/work', dest_path: 'relative', read_only: false } },
    ]);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await within(volume).findByText('Mount path must be an absolute path'),
    ).toBeInTheDocument();
    expect(posts(fetchMock)).toHaveLength(0);
    await user.clear(within(volume).getByLabelText('Volume 1 mount path'));
    await user.type(within(volume).getByLabelText('Volume 1 mount path'), '/home/mind');
    await user.click(within(volume).getByLabelText('Volume 1 read-only'));
    await waitFor(() =>
      expect(preview().config.volumes).toEqual([
        { host_path: { src_path: '/root/work', dest_path: '/home/mind', read_only: true } },
      ]),
    );
  });
});
