import { TrainingJobV2Schema } from '@console/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { SaveAsAlgorithm } from './save-as-algorithm.js';

const JOB = TrainingJobV2Schema.parse({
  metadata: { id: 'j1', name: 'mnist' },
  status: { phase: 'Completed' },
  algorithm: {
    code_dir: '/bucket/code/',
    boot_file: '/bucket/code/train.py',
    engine: { engine_id: 'pytorch-1.8' },
    parameters: [{ name: 'epochs', value: '3' }],
  },
});

const ALGO = { metadata: { id: 'a1', name: 'mnist_algo' } };

afterEach(() => vi.unstubAllGlobals());

function setUp(answer: { status?: number; body: unknown }) {
  const fetch = vi.fn(jsonFetch({ 'POST /api/v2/algorithms': answer }));
  vi.stubGlobal('fetch', fetch);
  renderRoute(<SaveAsAlgorithm job={JOB} />);
  return fetch;
}

describe('SaveAsAlgorithm', () => {
  it('saves the job under the chosen name', async () => {
    const fetch = setUp({ status: 201, body: ALGO });
    await userEvent.click(await screen.findByRole('button', { name: 'Save as algorithm' }));
    const name = await screen.findByLabelText('Algorithm name');
    expect(name).toHaveValue('mnist-algo');
    await userEvent.clear(name);
    await userEvent.type(name, 'mnist_algo');
    await userEvent.click(screen.getByRole('button', { name: 'Save algorithm' }));
    expect(await screen.findByText('Algorithm saved')).toBeInTheDocument();
    const [, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({
      metadata: { name: 'mnist_algo', description: 'Saved from training job mnist' },
      job_config: { code_dir: '/bucket/code/', engine: { engine_id: 'pytorch-1.8' } },
    });
  });

  it('refuses a bad name before sending and shows a taken name next to the field', async () => {
    const fetch = setUp({
      status: 400,
      body: { error_code: 'ModelArts.2821', error_msg: 'DuplicateAlgorithmName: taken' },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Save as algorithm' }));
    const name = await screen.findByLabelText('Algorithm name');
    await userEvent.clear(name);
    await userEvent.type(name, 'bad name');
    await userEvent.click(screen.getByRole('button', { name: 'Save algorithm' }));
    expect(await screen.findByText(/Only letters, digits/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.clear(name);
    await userEvent.type(name, 'taken');
    await userEvent.click(screen.getByRole('button', { name: 'Save algorithm' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(/ModelArts\.2821/));
  });
});
