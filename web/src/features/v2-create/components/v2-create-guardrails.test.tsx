import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionKeys } from '../../../lib/session-query.js';
import { OPERATOR_GUARDRAILS, portalSession } from '../../../test/portal-session.js';
import {
  choose,
  fill,
  posts,
  renderCreatePage,
  sentBody,
} from '../__fixtures__/create-page-harness.js';

type Routes = Parameters<typeof renderCreatePage>[0];

async function renderAsOperator(extra: Routes = {}) {
  const view = renderCreatePage(extra);
  act(() =>
    view.queryClient.setQueryData(
      sessionKeys.current(),
      portalSession('operator', { guardrails: OPERATOR_GUARDRAILS }),
    ),
  );
  await screen.findByLabelText('Name');
  return view;
}

async function fillCodeJob() {
  fill('Name', 'guarded');
  await userEvent.click(screen.getByRole('radio', { name: 'Code + boot file' }));
  fill('Code directory', '/team/code/');
  fill('Boot file', '/team/code/train.py');
  await choose('Engine', /PyTorch/);
  await choose('Flavor', /^modelarts\.vm\.cpu\.8u/);
}

describe('v2 create form in the team portal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers only the role’s flavors, bounds nodes and prefills the required auto-stop', async () => {
    await renderAsOperator();
    await userEvent.click(screen.getByRole('combobox', { name: 'Flavor' }));
    const listbox = await screen.findByRole('listbox', { name: 'Flavor', hidden: true });
    const options = within(listbox).getAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^modelarts\.vm\.cpu\.8u/),
    ]);
    expect(screen.getByLabelText('Auto stop (hours)')).toHaveValue('24');
    expect(screen.getByText('Required by your role: 1–24')).toBeInTheDocument();
    expect(screen.getByText("1–2 (your role's limit)")).toBeInTheDocument();
    expect(screen.getByTestId('role-limits')).toHaveTextContent(
      'v2 jobs must stop by themselves within 24 hours',
    );
    expect(screen.getByText('Your role may use paths under /team/data/')).toBeInTheDocument();
  });

  it('keeps nodes and auto-stop within the role’s limits', async () => {
    const { fetch } = await renderAsOperator();
    await fillCodeJob();
    await userEvent.clear(screen.getByLabelText('Nodes'));
    await userEvent.type(screen.getByLabelText('Nodes'), '3');
    await userEvent.clear(screen.getByLabelText('Auto stop (hours)'));
    await userEvent.type(screen.getByLabelText('Auto stop (hours)'), '99');
    await userEvent.tab();
    expect(screen.getByLabelText('Nodes')).toHaveValue('2');
    expect(screen.getByLabelText('Auto stop (hours)')).toHaveValue('24');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    expect(sentBody(fetch)).toMatchObject({
      spec: { resource: { node_count: 2 }, auto_stop: { time_unit: 'HOURS', duration: 24 } },
    });
  }, 20_000);

  it.each([
    ['spec.resource.flavor_id', 'Flavor'],
    ['spec.resource.node_count', 'Nodes'],
    ['algorithm.code_dir', 'Code directory'],
    ['algorithm.boot_file', 'Boot file'],
    ['spec.auto_stop.duration', 'Auto stop (hours)'],
  ])(
    'shows a guardrail refusal of %s beside its field',
    async (field, label) => {
      const msg = `${field}: outside your role's limits`;
      const { fetch } = await renderAsOperator({
        'POST /api/v2/training-jobs': {
          status: 400,
          body: { error_code: 'Console.0400', field, error_msg: msg },
        },
      });
      await fillCodeJob();
      await userEvent.click(screen.getByRole('button', { name: 'Create' }));
      await waitFor(() => expect(posts(fetch)).toHaveLength(1));
      expect(sentBody(fetch)).toMatchObject({ spec: { auto_stop: { duration: 24 } } });
      const input = screen.getByRole(label === 'Flavor' ? 'combobox' : 'textbox', { name: label });
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      expect(input).toHaveAccessibleDescription(expect.stringContaining(msg));
    },
    20_000,
  );
});
