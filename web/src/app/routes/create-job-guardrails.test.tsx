import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionKeys } from '../../lib/session-query.js';
import { ENGINES_RESPONSE, SPECS_RESPONSE } from '../../test/fixtures.js';
import { OPERATOR_GUARDRAILS, portalSession } from '../../test/portal-session.js';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { CreateJobPage } from './create-job-page.js';

type Routes = Parameters<typeof jsonFetch>[0];

async function renderAsOperator(extra: Routes = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      jsonFetch({
        'GET /api/v1/job/resource-specs': { body: SPECS_RESPONSE },
        'GET /api/v1/job/ai-engines': { body: ENGINES_RESPONSE },
        ...extra,
      }),
    ),
  );
  const view = renderRoute(<CreateJobPage />, { path: '/jobs/create' });
  act(() =>
    view.queryClient.setQueryData(
      sessionKeys.current(),
      portalSession('operator', { guardrails: OPERATOR_GUARDRAILS }),
    ),
  );
  await screen.findByLabelText('Name');
  return view;
}

const refused = (field: string, msg: string) => ({
  'POST /api/v1/training-jobs': {
    status: 400,
    body: { error_code: 'Console.0400', field, error_msg: msg },
  },
});

describe('v1 create form in the team portal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers only the role’s specifications, bounds the workers and shows the limits', async () => {
    await renderAsOperator();
    const specs = within(screen.getByRole('radiogroup', { name: 'Resource specification' }));
    expect(specs.getByRole('radio', { name: /modelarts\.vm\.cpu\.8u/ })).toBeInTheDocument();
    expect(specs.getByRole('radio', { name: /modelarts\.vm\.cpu\.2u/ })).toBeInTheDocument();
    expect(specs.queryByRole('radio', { name: /gpu\.v100/ })).toBeNull();
    expect(screen.getByText("1 to 2 (your role's limit)")).toBeInTheDocument();
    const limits = screen.getByTestId('role-limits');
    expect(limits).toHaveTextContent("Your role's limits");
    expect(limits).toHaveTextContent('At most 2 nodes per job');
    expect(limits).toHaveTextContent('Outputs under /team/out/');
    expect(
      screen.getAllByText(/Your role may use paths under \/team\/code\//).length,
    ).toBeGreaterThan(0);
  });

  it.each([
    ['config.train_url', 'Output path'],
    ['config.worker_server_num', 'Workers'],
    ['config.data_source[0].data_url', 'Data path'],
    ['config.boot_file_url', 'Boot file'],
  ])('shows a guardrail refusal of %s beside its field', async (field, label) => {
    const msg = `${field}: outside your role's limits`;
    await renderAsOperator(refused(field, msg));
    await userEvent.type(screen.getByLabelText('Name'), 'over_limit');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const input = await screen.findByLabelText(label);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining(msg));
  });

  it('shows a refusal of the whole config (a role that needs auto-stop) above the form', async () => {
    const msg = 'v1 jobs cannot stop by themselves; your role must use v2 with auto-stop';
    await renderAsOperator(refused('config', msg));
    await userEvent.type(screen.getByLabelText('Name'), 'no_v1');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await within(screen.getByRole('form', { name: 'Create training job' })).findByText(msg),
    ).toBeInTheDocument();
  });
});
