import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import {
  addRows,
  choose,
  fill,
  lastV2CreateBody,
  openV2CreateForm,
  previewBody,
  segment,
} from './support/v2-forms.js';

const CODE = 'obs://test-modelarts/autosearch/';

test('a hyperparameter search made through the form runs its trials and names the best', async ({
  page,
}, testInfo) => {
  const name = `search_${Date.now() % 100000}`;
  await logIn(page);
  await openV2CreateForm(page);
  await fill(page, 'Name', name);
  await segment(page, 'Algorithm source', 'Code + boot file');
  await fill(page, 'Code directory', CODE);
  await fill(page, 'Boot file', `${CODE}train_search.py`);
  await choose(page, 'Engine', /PyTorch/);
  await addRows(page, 'Add parameter', 'Parameter', [
    { name: 'learning_rate', value: '0.1' },
    { name: 'batch_size', value: '32' },
    { name: 'epochs', value: '6' },
  ]);
  await choose(page, 'Flavor', /^modelarts\.vm\.cpu\.8u/);

  const search = page.getByRole('region', { name: 'Hyperparameter search' });
  await search.getByRole('switch', { name: 'Enable hyperparameter search' }).check();
  await choose(page, 'Search algorithm', /tpe_search/);
  await search.getByLabel('num_samples', { exact: true }).fill('4');
  await search.getByLabel('n_initial_points', { exact: true }).fill('2');
  await search.getByRole('combobox', { name: 'Search parameter 1 name' }).fill('learning_rate');
  await search.getByLabel('Search parameter 1 lower bound').fill('0.01');
  await search.getByLabel('Search parameter 1 upper bound').fill('1');
  await search.getByRole('button', { name: 'Add search parameter' }).click();
  await search.getByRole('combobox', { name: 'Search parameter 2 name' }).fill('batch_size');
  await search.getByLabel('Search parameter 2 type').selectOption('discrete');
  await search.getByLabel('Search parameter 2 values').fill('16, 32, 64');
  await search.getByLabel('Reward metric').fill('acc');

  const expected = {
    reward_attrs: [
      {
        name: 'acc',
        mode: 'max',
        regex: '\\bacc\\s*[=:]\\s*([-+]?\\.?[0-9][0-9.eE+-]*)',
      },
    ],
    search_params: [
      { name: 'learning_rate', param_type: 'continuous', lower_bound: '0.01', upper_bound: '1' },
      { name: 'batch_size', param_type: 'discrete', discrete_values: ['16', '32', '64'] },
    ],
  };
  const preview = (await previewBody(page)) as {
    algorithm: { policies: { auto_search: Record<string, unknown> } };
  };
  expect(preview.algorithm.policies.auto_search).toMatchObject(expected);
  await search.screenshot({ path: testInfo.outputPath('v2-autosearch-form.png') });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  expect(await lastV2CreateBody()).toMatchObject({
    algorithm: { policies: { auto_search: expected } },
  });

  const trials = page.getByRole('table', { name: 'Trials' });
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });
  await expect(trials.locator('tbody tr')).toHaveCount(4);
  await expect(trials.getByText('TERMINATED')).toHaveCount(4);
  await expect(trials.locator('[data-best="true"]')).toHaveCount(1);
  await expect(page.getByTestId('best-trial')).toContainText(
    /Best: trial [0-9a-f]{8} — acc 0\.\d+/,
  );
  await expect(page.getByRole('table', { name: 'Parameter importance' })).toBeVisible();

  const best = trials.locator('[data-best="true"]');
  const bestId = ((await best.getAttribute('data-testid')) ?? '').replace('trial-', '');
  await best.getByRole('button', { name: `Show trial ${bestId}` }).click();
  const history = page.getByRole('table', { name: `Trial ${bestId} reports` });
  await expect(history.locator('tbody tr')).toHaveCount(6);
  await page
    .getByRole('region', { name: 'Hyperparameter search' })
    .screenshot({ path: testInfo.outputPath('v2-autosearch-trials.png') });

  // the search-importance plot: drawn into the job's output in OBS, shown by the file browser
  await page.getByRole('button', { name: 'Plot learning_rate against the reward' }).click();
  await expect(page.getByRole('heading', { name: 'Files', exact: true })).toBeVisible();
  const plot = page.getByRole('img', { name: 'Preview of learning_rate.png' });
  await expect(plot).toBeVisible();
  await expect
    .poll(() => plot.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('v2-autosearch-plot.png') });
});
