import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINES_RESPONSE, SPECS_RESPONSE } from '../../test/fixtures.js';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { CreateJobPage } from './create-job-page.js';

const CATALOG = {
  'GET /api/v1/job/resource-specs': { body: SPECS_RESPONSE },
  'GET /api/v1/job/ai-engines': { body: ENGINES_RESPONSE },
};

function postCalls(fetchMock: ReturnType<typeof vi.fn>) {
  return fetchMock.mock.calls.filter(
    ([, init]) => (init as RequestInit | undefined)?.method === 'POST',
  );
}

async function renderPage(extra: Parameters<typeof jsonFetch>[0] = {}) {
  const fetchMock = vi.fn(jsonFetch({ ...CATALOG, ...extra }));
  vi.stubGlobal('fetch', fetchMock);
  const view = renderRoute(<CreateJobPage />, { path: '/jobs/create' });
  await screen.findByLabelText('Name');
  return { ...view, fetchMock, user: userEvent.setup() };
}

describe('CreateJobPage', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('pre-fills the seed-004 values and previews the exact body', async () => {
    const { user } = await renderPage();
    expect(screen.getByLabelText('Code directory')).toHaveValue(
      '/test-modelarts/mnist-tensorflow-code/',
    );
    expect(screen.getByRole('radio', { name: /modelarts\.vm\.cpu\.8u/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /modelarts\.vm\.gpu\.v100/ })).toBeDisabled();
    await user.type(screen.getByLabelText('Name'), 'jobtest_TF');
    const preview = JSON.parse(screen.getByTestId('request-preview').textContent ?? '{}') as {
      job_name: string;
      config: { flavor: { code: string }; engine_id: number };
    };
    expect(preview.job_name).toBe('jobtest_TF');
    expect(preview.config.flavor.code).toBe('modelarts.vm.cpu.8u');
    expect(preview.config.engine_id).toBe(4);
  });

  it('shows field errors and sends nothing on invalid input', async () => {
    const { user, fetchMock } = await renderPage();
    await user.clear(screen.getByLabelText('Boot file'));
    await user.type(screen.getByLabelText('Boot file'), '/elsewhere/train.py');
    const workers = screen.getByLabelText('Workers');
    await user.clear(workers);
    await user.type(workers, '3');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Boot file must be inside Code directory')).toBeInTheDocument();
    expect(
      screen.getByText('Workers must be at most 2 for modelarts.vm.cpu.8u'),
    ).toBeInTheDocument();
    expect(postCalls(fetchMock)).toHaveLength(0);
  });

  it('rejects a bad job name with the shared message', async () => {
    const { user, fetchMock } = await renderPage();
    await user.type(screen.getByLabelText('Name'), 'bad name!');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await screen.findByText(
        'Name may contain only letters, digits, hyphens (-) and underscores (_)',
      ),
    ).toBeInTheDocument();
    expect(postCalls(fetchMock)).toHaveLength(0);
  });

  it('posts the previewed body and opens the new job', async () => {
    const { user, fetchMock, router } = await renderPage({
      'POST /api/v1/training-jobs': {
        body: {
          is_success: true,
          job_id: 567524,
          job_name: 'jobtest_TF',
          status: 1,
          create_time: 1609121837000,
          version_id: 1108482,
          version_name: 'V0001',
        },
      },
    });
    await user.type(screen.getByLabelText('Name'), 'jobtest_TF');
    const previewed = screen.getByTestId('request-preview').textContent;
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/jobs/v1/567524/versions/1108482'),
    );
    const [call] = postCalls(fetchMock);
    const init = call?.[1] as RequestInit;
    expect(JSON.parse(String(init.body))).toEqual(JSON.parse(previewed ?? ''));
    expect(new Headers(init.headers).get('x-requested-with')).toBe('modelarts-console');
  });

  it('shows an upstream error as code + message and keeps the values', async () => {
    const { user } = await renderPage({
      'POST /api/v1/training-jobs': {
        status: 400,
        body: {
          is_success: false,
          error_code: 'ModelArts.0103',
          error_message: 'Job name:dup is existed',
        },
      },
    });
    await user.type(screen.getByLabelText('Name'), 'dup');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('ModelArts.0103: Job name:dup is existed')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('dup');
  });
});
