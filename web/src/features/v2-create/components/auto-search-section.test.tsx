import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seed003CatalogFreeFlavorBody } from '@console/shared/fixtures';
import {
  choose,
  fill,
  posts,
  previewBody,
  renderCreatePage,
  sentBody,
} from '../__fixtures__/create-page-harness.js';
import { SEARCH_ALGORITHMS } from '../__fixtures__/search-algorithms.js';

const SEARCH_ROUTES = { 'GET /api/v2/search-algorithms': { body: SEARCH_ALGORITHMS } };

/** The first seed-003 sample entered in the form (algorithm, three parameters, free flavor). */
async function fillSeedJob() {
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
}

/** The name is a combobox (its suggestion list carries the same label). */
function fillName(row: number, value: string) {
  fireEvent.change(screen.getByRole('combobox', { name: `Search parameter ${row} name` }), {
    target: { value },
  });
}

const searchSwitch = () => screen.getByRole('switch', { name: /Enable hyperparameter search/ });

async function turnOn() {
  await userEvent.click(searchSwitch());
  await screen.findByText('Hyperparameter search using Gaussian process.');
}

const withSearch = (autoSearch: unknown) => ({
  ...seed003CatalogFreeFlavorBody,
  algorithm: { ...seed003CatalogFreeFlavorBody.algorithm, policies: { auto_search: autoSearch } },
});

describe('V2 create form: hyperparameter search', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is off by default and sends nothing of it, also after turning it on and off', async () => {
    const { fetch, router } = renderCreatePage(SEARCH_ROUTES);
    await fillSeedJob();
    expect(searchSwitch()).not.toBeChecked();
    expect(screen.queryByRole('combobox', { name: 'Search parameter 1 name' })).toBeNull();
    await turnOn();
    fillName(1, 'input_file');
    expect(previewBody()).not.toEqual(seed003CatalogFreeFlavorBody);
    await userEvent.click(searchSwitch());
    expect(previewBody()).toEqual(seed003CatalogFreeFlavorBody);
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs/v2/new-id'));
    expect(sentBody(fetch)).toEqual(seed003CatalogFreeFlavorBody);
  }, 30_000);

  it('sends the search as policies.auto_search, the preview showing the same object', async () => {
    const { fetch, router } = renderCreatePage(SEARCH_ROUTES);
    await fillSeedJob();
    await turnOn();
    expect(screen.getByRole('combobox', { name: 'Search algorithm' })).toHaveValue(
      'bayes_opt_search',
    );
    await choose('Search algorithm', 'tpe_search');
    expect(screen.getByText(/tree-structured Parzen/)).toBeInTheDocument();
    fill('num_samples', '4');
    // The name is picked from the form's hyperparameters.
    await userEvent.click(screen.getByRole('combobox', { name: 'Search parameter 1 name' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'large_file_method', hidden: true }),
    );
    fill('Search parameter 1 lower bound', '0.01');
    fill('Search parameter 1 upper bound', '0.5');
    fill('Search parameter 1 points', '5');
    await userEvent.click(screen.getByRole('button', { name: 'Add search parameter' }));
    fillName(2, 'batch_size');
    await userEvent.selectOptions(screen.getByLabelText('Search parameter 2 type'), 'discrete');
    fill('Search parameter 2 values', '16, 32,,64 ');
    fill('Reward metric', 'loss');
    await userEvent.click(screen.getByRole('radio', { name: 'Minimize' }));
    fill('Skip search parameters', 'input_dir');

    const expected = {
      algo_configs: [
        {
          name: 'tpe_search',
          params: [
            { key: 'gamma', value: '0.25', type: 'Float' },
            { key: 'n_initial_points', value: '20', type: 'Integer' },
            { key: 'num_samples', value: '4', type: 'Integer' },
            { key: 'seed', value: '1', type: 'Integer' },
          ],
        },
      ],
      search_params: [
        {
          name: 'large_file_method',
          param_type: 'continuous',
          lower_bound: '0.01',
          upper_bound: '0.5',
          discrete_points_num: '5',
        },
        { name: 'batch_size', param_type: 'discrete', discrete_values: ['16', '32', '64'] },
      ],
      reward_attrs: [
        {
          name: 'loss',
          mode: 'min',
          regex: '\\bloss\\s*[=:]\\s*([-+]?\\.?[0-9][0-9.eE+-]*)',
        },
      ],
      skip_search_params: 'input_dir',
    };
    expect(previewBody()).toEqual(withSearch(expected));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs/v2/new-id'));
    expect(sentBody(fetch)).toEqual(withSearch(expected));
  }, 30_000);

  it('keeps a typed reward regex and removes a row', async () => {
    renderCreatePage(SEARCH_ROUTES);
    await fillSeedJob();
    await turnOn();
    await userEvent.click(screen.getByRole('button', { name: 'Add search parameter' }));
    fillName(2, 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Remove search parameter 1' }));
    fill('Reward metric', 'acc');
    fill('Reward regex', 'accuracy: ([0-9.]+)');
    const search = (
      previewBody().algorithm as { policies: { auto_search: Record<string, unknown> } }
    ).policies.auto_search;
    expect(search.search_params).toEqual([
      { name: 'x', param_type: 'continuous', lower_bound: '', upper_bound: '' },
    ]);
    expect(search.reward_attrs).toEqual([
      { name: 'acc', mode: 'max', regex: 'accuracy: ([0-9.]+)' },
    ]);
  }, 30_000);

  it('shows a bad bound beside its input and sends nothing', async () => {
    const { fetch } = renderCreatePage(SEARCH_ROUTES);
    await fillSeedJob();
    await turnOn();
    fillName(1, 'large_file_method');
    fill('Search parameter 1 lower bound', '1');
    fill('Search parameter 1 upper bound', '0.5');
    fill('Reward metric', 'acc');
    fill('num_samples', 'many');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const upper = screen.getByLabelText('Search parameter 1 upper bound');
    await waitFor(() => expect(upper).toHaveAttribute('aria-invalid', 'true'));
    expect(upper).toHaveAccessibleDescription('Upper bound must be greater than the lower bound');
    expect(screen.getByLabelText('Search parameter 1 lower bound')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByLabelText('num_samples')).toHaveAccessibleDescription(
      expect.stringContaining('num_samples must be a whole number'),
    );
    expect(posts(fetch)).toHaveLength(0);
  }, 30_000);

  it('asks for a metric and a parameter to search, and leaves the node count to the service', async () => {
    const { fetch } = renderCreatePage(SEARCH_ROUTES);
    await fillSeedJob();
    await choose('Flavor', /^modelarts\.vm\.cpu\.8u/);
    fill('Nodes', '2');
    await turnOn();
    await userEvent.click(screen.getByRole('button', { name: 'Remove search parameter 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const card = screen.getByRole('region', { name: 'Hyperparameter search' });
    expect(
      await within(card).findByText('Add at least one hyperparameter to search'),
    ).toBeInTheDocument();
    expect(within(card).getByText('Reward metric is required')).toBeInTheDocument();
    expect(screen.queryByText(/runs on 1 node/)).not.toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);
  }, 30_000);
});
