import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../../test/fake-event-source.js';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { V2JobRoute } from './v2-job-route.js';
import {
  manyTrialRows,
  PARAMETER_ANALYSIS,
  SEARCH_JOB,
  TRIAL_HISTORY,
  TRIALS,
  trialsPageOf,
} from '../../features/v2-autosearch/__fixtures__/search-job.js';

const JOB_PATH = '/api/v2/training-jobs/job-1';
type Routes = Parameters<typeof jsonFetch>[0];

/** Renders the job page; `trialRows`, when given, answers the trials path page by page (item offset). */
function renderJob(job: unknown = SEARCH_JOB, routes: Routes = {}, trialRows?: unknown[][]) {
  const routed = jsonFetch({
    [`GET ${JOB_PATH}`]: { body: job },
    [`GET ${JOB_PATH}/events`]: { body: { total: 0, events: [] } },
    [`GET ${JOB_PATH}/metrics/worker-0`]: { body: { metrics: [] } },
    [`GET ${JOB_PATH}/autosearch-trials`]: { body: TRIALS },
    [`GET ${JOB_PATH}/autosearch-trials/ae544174`]: { body: TRIAL_HISTORY },
    [`GET ${JOB_PATH}/autosearch-parameter-analysis`]: { body: PARAMETER_ANALYSIS },
    [`POST ${JOB_PATH}/autosearch-trial-earlystop/ae548666`]: {
      body: { earlystop_trial: 'ae548666' },
    },
    ...routes,
  });
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if (!trialRows || url.pathname !== `${JOB_PATH}/autosearch-trials`) return routed(input, init);
    const page = trialsPageOf(
      trialRows,
      Number(url.searchParams.get('offset') ?? 0),
      Number(url.searchParams.get('limit') ?? 50),
    );
    return new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  renderRoute(<V2JobRoute />, { path: '/jobs/v2/job-1', route: '/jobs/v2/:jobId' });
  return fetch;
}

function callsTo(fetch: ReturnType<typeof vi.fn>, method: string, path: string) {
  return fetch.mock.calls.filter(
    ([url, init]) =>
      new URL(String(url), 'http://x').pathname === path &&
      ((init as RequestInit | undefined)?.method ?? 'GET') === method,
  ) as [string, RequestInit][];
}

const trialsTable = () => screen.findByRole('table', { name: 'Trials' });

describe('Hyperparameter search card', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => vi.unstubAllGlobals());

  it('lists the trials with their sampled values and marks the best one', async () => {
    renderJob();
    const table = await trialsTable();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(0, 6)).toEqual([
      'Trial',
      'Status',
      'learning_rate',
      'batch_size',
      'acc (last)',
      'Best acc',
    ]);
    const best = screen.getByTestId('trial-ae544174');
    expect(within(best).getByRole('img', { name: 'Best trial' })).toBeInTheDocument();
    expect(best).toHaveAttribute('data-best', 'true');
    expect(best).toHaveTextContent(/ae544174TERMINATED0\.12320\.910\.933/);
    const running = screen.getByTestId('trial-ae548666');
    expect(within(running).queryByRole('img', { name: 'Best trial' })).toBeNull();
    expect(running).toHaveTextContent(/RUNNING0\.05512160\.50\.62/);
    expect(screen.getByTestId('trial-ae54c0ea')).toHaveTextContent('PENDING');
    expect(screen.getByTestId('best-trial')).toHaveTextContent(
      'Best: trial ae544174 — acc 0.93 with learning_rate=0.12, batch_size=32',
    );
  });

  it('loads every page of trials and marks the best one even when it is on the second page', async () => {
    const fetch = renderJob(SEARCH_JOB, {}, manyTrialRows(60, 55));
    const table = await trialsTable();
    expect(within(table).getAllByTestId(/^trial-/)).toHaveLength(60);
    const best = screen.getByTestId('trial-00000037');
    expect(best).toHaveAttribute('data-best', 'true');
    expect(within(best).getByRole('img', { name: 'Best trial' })).toBeInTheDocument();
    expect(within(table).getAllByRole('img', { name: 'Best trial' })).toHaveLength(1);
    expect(screen.getByTestId('best-trial')).toHaveTextContent('Best: trial 00000037 — acc 0.99');
    expect(screen.queryByText(/Showing \d+ of \d+ trials/)).toBeNull();
    const offsets = callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials`).map(([u]) =>
      new URL(u, 'http://x').searchParams.get('offset'),
    );
    expect(offsets.slice(0, 2)).toEqual(['0', '50']);
  });

  it('marks the lowest reward best when the metric is minimised', async () => {
    const search = SEARCH_JOB.algorithm.policies.auto_search;
    renderJob({
      ...SEARCH_JOB,
      algorithm: {
        ...SEARCH_JOB.algorithm,
        policies: { auto_search: { ...search, reward_attrs: [{ name: 'loss', mode: 'min' }] } },
      },
    });
    await trialsTable();
    expect(screen.getByTestId('trial-ae548666')).toHaveAttribute('data-best', 'true');
    expect(screen.getByTestId('best-trial')).toHaveTextContent(
      'Best: trial ae548666 — loss 0.6 with learning_rate=0.05512, batch_size=16',
    );
  });

  it('stops a running trial early after confirmation, then refetches the trials', async () => {
    const fetch = renderJob();
    await trialsTable();
    expect(screen.queryByRole('button', { name: 'Stop early ae544174' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Stop early ae54c0ea' })).toBeInTheDocument();
    const before = callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials`).length;
    await userEvent.click(screen.getByRole('button', { name: 'Stop early ae548666' }));
    const dialog = await screen.findByRole('dialog');
    const stopPath = `${JOB_PATH}/autosearch-trial-earlystop/ae548666`;
    expect(callsTo(fetch, 'POST', stopPath)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop trial' }));
    await waitFor(() => expect(callsTo(fetch, 'POST', stopPath)).toHaveLength(1));
    expect(callsTo(fetch, 'POST', stopPath)[0]?.[1].body).toBeUndefined();
    await waitFor(() =>
      expect(callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials`).length).toBeGreaterThan(before),
    );
  });

  it('reports a failed early stop with the upstream code', async () => {
    renderJob(SEARCH_JOB, {
      [`POST ${JOB_PATH}/autosearch-trial-earlystop/ae548666`]: {
        status: 400,
        body: { error_code: 'ModelArts.2811', error_msg: 'Trial ae548666 has ended' },
      },
    });
    await trialsTable();
    await userEvent.click(screen.getByRole('button', { name: 'Stop early ae548666' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stop trial' }),
    );
    expect(await screen.findByText('ModelArts.2811: Trial ae548666 has ended')).toBeInTheDocument();
  });

  it('opens a trial history with its reward chart and raw rows', async () => {
    renderJob();
    await trialsTable();
    await userEvent.click(screen.getByRole('button', { name: 'Show trial ae544174' }));
    const history = await screen.findByRole('region', { name: 'Trial ae544174 history' });
    const rows = await within(history).findByRole('table', { name: 'Trial ae544174 reports' });
    expect(within(rows).getAllByRole('row')).toHaveLength(4);
    expect(within(rows).getAllByRole('row')[3]).toHaveTextContent(/ae5441743\s*0\.91$/);
    // the chart's code loads when the history opens
    expect(await within(history).findByTestId('trial-reward-chart')).toBeInTheDocument();
    await userEvent.click(within(history).getByRole('button', { name: 'Close trial history' }));
    expect(screen.queryByRole('region', { name: 'Trial ae544174 history' })).toBeNull();
  });

  it('shows only the last 1,000 raw rows of a long trial history', async () => {
    const long = {
      header: ['training_iteration', 'reward_attr'],
      data: Array.from({ length: 1_200 }, (_, i) => [String(i + 1), String((i % 7) / 10)]),
    };
    renderJob(SEARCH_JOB, { [`GET ${JOB_PATH}/autosearch-trials/ae544174`]: { body: long } });
    await trialsTable();
    await userEvent.click(screen.getByRole('button', { name: 'Show trial ae544174' }));
    const history = await screen.findByRole('region', { name: 'Trial ae544174 history' });
    const rows = await within(history).findByRole('table', { name: 'Trial ae544174 reports' });
    const all = within(rows).getAllByRole('row');
    expect(all).toHaveLength(1_001);
    expect(all[1]).toHaveTextContent(/^201/);
    expect(all[1_000]).toHaveTextContent(/^1200/);
    expect(
      within(history).getByText('Showing the last 1,000 of 1,200 reports.'),
    ).toBeInTheDocument();
  });

  it('refreshes a trial history only while that trial is running or pending', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const fetch = renderJob(SEARCH_JOB, {
        [`GET ${JOB_PATH}/autosearch-trials/ae548666`]: { body: TRIAL_HISTORY },
      });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      await trialsTable();
      const count = (id: string) =>
        callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials/${id}`).length;

      await user.click(screen.getByRole('button', { name: 'Show trial ae544174' }));
      await waitFor(() => expect(count('ae544174')).toBe(1));
      const trialsBefore = callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials`).length;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials`).length).toBeGreaterThan(
        trialsBefore,
      );
      expect(count('ae544174')).toBe(1);

      await user.click(screen.getByRole('button', { name: 'Show trial ae548666' }));
      await waitFor(() => expect(count('ae548666')).toBe(1));
      await vi.advanceTimersByTimeAsync(10_000);
      expect(count('ae548666')).toBeGreaterThan(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the parameter importance as mean ± std', async () => {
    renderJob();
    const table = await screen.findByRole('table', { name: 'Parameter importance' });
    expect(within(table).getByTestId('importance-learning_rate')).toHaveTextContent(
      'learning_rate0.6992 ± 0.404',
    );
    expect(within(table).getByTestId('importance-batch_size')).toHaveTextContent(
      'batch_size0.2443 ± 0.3867',
    );
  });

  it('draws a parameter plot into OBS and opens it in the file browser', async () => {
    const fetch = renderJob(SEARCH_JOB, {
      [`GET ${JOB_PATH}/autosearch-parameter-analysis/learning_rate`]: {
        body: { file_path: '/bucket/out/log/hyperparameter-analysis/fanova/learning_rate.png' },
      },
    });
    const table = await screen.findByRole('table', { name: 'Parameter importance' });
    await userEvent
      .setup()
      .click(within(table).getByRole('button', { name: 'Plot learning_rate against the reward' }));
    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
    expect(
      callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-parameter-analysis/learning_rate`),
    ).toHaveLength(1);
  });

  it('shows the upstream error when the trials cannot be read', async () => {
    renderJob(SEARCH_JOB, {
      [`GET ${JOB_PATH}/autosearch-trials`]: {
        status: 500,
        body: { error_code: 'ModelArts.0001', error_msg: 'trials unavailable' },
      },
    });
    const card = await screen.findByRole('region', { name: 'Hyperparameter search' });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the trials');
    expect(alert).toHaveTextContent('ModelArts.0001 trials unavailable');
  });

  it('says so while there are no trials yet', async () => {
    renderJob(SEARCH_JOB, {
      [`GET ${JOB_PATH}/autosearch-trials`]: {
        body: { ...TRIALS, total: 0, count: 0, items: { header: TRIALS.items.header, data: [] } },
      },
    });
    expect(await screen.findByText(/No trials yet/)).toBeInTheDocument();
  });

  it('is not shown for a job without a search', async () => {
    const { policies: _policies, ...algorithm } = SEARCH_JOB.algorithm;
    const notSearch = { auto_search: { skip_search_params: 'x', reward_attrs: [{ name: 'acc' }] } };
    for (const job of [
      { ...SEARCH_JOB, algorithm },
      { ...SEARCH_JOB, algorithm: { ...algorithm, policies: notSearch } },
    ]) {
      const fetch = renderJob(job);
      expect(await screen.findByRole('table', { name: 'Tasks' })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Hyperparameter search' })).toBeNull();
      expect(callsTo(fetch, 'GET', `${JOB_PATH}/autosearch-trials`)).toHaveLength(0);
      cleanup();
    }
  });
});
