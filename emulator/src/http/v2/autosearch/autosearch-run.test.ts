import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutosearchTrialsResponseSchema,
  JobEventsResponseSchema,
  ParameterAnalysisImageSchema,
  ResultTableSchema,
  trialRows,
  type TrialRow,
} from '@console/shared';
import { createV2TestEmulator, searchJob, type V2TestEmulator } from '../v2-test-support.js';
import { countColour, decodeRgbPng } from '../../../domain/v2/autosearch/png-test-support.js';
import { BEST_COLOUR, POINT_COLOUR } from '../../../domain/v2/autosearch/scatter-plot.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function trials(id: string): Promise<TrialRow[]> {
  const res = await emu.call('get', `/training-jobs/${id}/autosearch-trials`);
  expect(res.status).toBe(200);
  return trialRows(AutosearchTrialsResponseSchema.parse(res.body).items);
}

async function waitTrials(id: string, ok: (t: TrialRow[]) => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const t = await trials(id);
    if (ok(t)) return t;
    if (Date.now() > until) throw new Error(`trial wait timed out: ${JSON.stringify(t)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The job's worker-0 resource samples, once there is at least one. */
async function samples(id: string, ms = 20_000): Promise<unknown[]> {
  const until = Date.now() + ms;
  for (;;) {
    const res = await emu.call('get', `/training-jobs/${id}/metrics/worker-0`);
    const values = (res.body as { metrics?: { value: unknown[] }[] }).metrics?.[0]?.value ?? [];
    if (values.length > 0) return values;
    if (Date.now() > until) throw new Error('no resource sample in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const create = async (body: unknown) => {
  const res = await emu.call('post', '/training-jobs', body);
  expect(res.status).toBe(201);
  return res.body.metadata.id as string;
};
const log = async (id: string) =>
  (await emu.call('get', `/training-jobs/${id}/tasks/worker-0/logs/preview`)).body
    .content as string;

describe('a real 4-trial Bayes search with the shipped sample', () => {
  let id = '';
  let done: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test JSON
  let rows: TrialRow[] = [];

  beforeAll(async () => {
    id = await create(searchJob('bayes-4', { algorithm: 'bayes_opt_search', samples: 4 }));
    done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed', 60_000);
    rows = await trials(id);
  }, 70_000);

  it('completes with 4 ended trials whose configs respect the search space', () => {
    expect(done.status.phase).toBe('Completed');
    expect(done.status.task_statuses[0].message).toMatch(/search finished: 4 trial\(s\)/);
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(r).toMatchObject({ status: 'TERMINATED', done: true, iterations: 2 });
      const lr = r.params.learning_rate as number;
      expect(typeof lr).toBe('number');
      expect(lr).toBeGreaterThanOrEqual(0.01);
      expect(lr).toBeLessThanOrEqual(1);
      expect([16, 32, 64]).toContain(r.params.batch_size);
      expect(r.reward).toBeGreaterThan(0.1);
      expect(r.bestReward).toBeGreaterThanOrEqual(r.reward!);
      expect(Number(r.metrics.acc)).toBeCloseTo(r.reward!, 6);
      expect(Number(r.metrics.loss)).toBeGreaterThan(0);
      expect(r.seconds).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((r) => r.trialId)).size).toBe(4);
  });

  it('ran each trial as a real process with its sampled values', async () => {
    const text = await log(id);
    rows.forEach((r, i) => {
      const lr = r.params.learning_rate as number;
      const start = text.indexOf(`trial ${r.trialId} (${i + 1}/4) starting: learning_rate=${lr}`);
      const end = text.indexOf(`trial ${r.trialId} (${i + 1}/4) ended: TERMINATED`);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      const own = text.slice(start, end);
      const g = Number(lr.toPrecision(6));
      expect(own).toContain(`learning_rate=${g} batch_size=${String(r.params.batch_size)}`);
      const accs = [...own.matchAll(/acc=([0-9.]+)/g)].map((m) => Number(m[1]));
      expect(accs).toHaveLength(2);
      expect(r.reward).toBe(accs[1]);
      expect(r.bestReward).toBe(Math.max(...accs));
    });
  });

  it('keeps one history row per reported iteration', async () => {
    const r = rows[2]!;
    const res = await emu.call('get', `/training-jobs/${id}/autosearch-trials/${r.trialId}`);
    expect(res.status).toBe(200);
    const h = ResultTableSchema.parse(res.body);
    const col = (name: string) => h.header.indexOf(name);
    expect(h.data.map((row) => row[col('training_iteration')])).toEqual(['1', '2']);
    expect(h.data.map((row) => row[col('done')])).toEqual(['False', 'True']);
    expect(h.data[1]![col('reward_attr')]).toBe(String(r.reward));
    expect(h.data[1]![col('best_reward')]).toBe(String(r.bestReward));
    expect(h.data[0]![col('config')]).toMatchObject({
      trial_index: 2,
      'param/learning_rate': r.params.learning_rate,
    });
    expect(h.data.every((row) => row[col('trial_id')] === r.trialId)).toBe(true);
  });

  it('tells each trial start and end in events', async () => {
    const ev = JobEventsResponseSchema.parse(
      (await emu.call('get', `/training-jobs/${id}/events?order=asc&source=Task&limit=100`)).body,
    );
    const messages = ev.events.map((e) => e.message);
    expect(messages.filter((m) => / started: learning_rate=/.test(m))).toHaveLength(4);
    expect(messages.filter((m) => / ended: TERMINATED/.test(m))).toHaveLength(4);
  });

  it('analyses parameter importance reproducibly', async () => {
    const a = await emu.call('get', `/training-jobs/${id}/autosearch-parameter-analysis`);
    expect(a.status).toBe(200);
    expect(a.body.header).toEqual(['parameters', 'the mean/std of importance']);
    const data = a.body.data as Array<[string, string]>;
    expect(data.map((d) => d[0])).toEqual(['learning_rate', 'batch_size']);
    const means = data.map(([, v]) => {
      expect(v).toMatch(/^\d\.\d{4}\/\d\.\d{4}$/);
      return Number(v.split('/')[0]);
    });
    expect(means.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 1);
    const again = await emu.call('get', `/training-jobs/${id}/autosearch-parameter-analysis`);
    expect(again.body).toEqual(a.body);
  });

  it('writes a real PNG scatter plot per parameter into the output folder', async () => {
    for (const name of ['learning_rate', 'batch_size']) {
      const res = await emu.call(
        'get',
        `/training-jobs/${id}/autosearch-parameter-analysis/${name}`,
      );
      expect(res.status).toBe(200);
      const { file_path } = ParameterAnalysisImageSchema.parse(res.body);
      expect(file_path).toBe(
        `/test-modelarts/search-out/bayes-4/log/hyperparameter-analysis/fanova/${name}.png`,
      );
      const img = decodeRgbPng(fs.readFileSync(path.join(emu.dataDir, 'obs', file_path)));
      expect([img.width, img.height]).toEqual([480, 320]);
      expect(countColour(img, BEST_COLOUR)).toBeGreaterThan(30); // the best trial's dot
      expect(countColour(img, POINT_COLOUR)).toBeGreaterThan(30); // the others
    }
  });
});

describe('early stop, terminate, failure and restart', () => {
  it('early-stops the running trial and goes on with the next', async () => {
    const id = await create(searchJob('stop-running', { samples: 2, epochs: 400 }));
    const first = await waitTrials(id, (t) => t[0]!.status === 'RUNNING' && t[0]!.iterations! > 0);
    const pid = Number(
      (await emu.call('get', `/training-jobs/${id}/autosearch-trials`)).body.items.data[0][2],
    );
    expect(alive(pid)).toBe(true);
    const stop = await emu.call(
      'post',
      `/training-jobs/${id}/autosearch-trial-earlystop/${first[0]!.trialId}`,
    );
    expect([stop.status, stop.body.earlystop_trial]).toEqual([200, first[0]!.trialId]);
    const next = await waitTrials(id, (t) => t[1]!.status === 'RUNNING');
    expect(next[0]).toMatchObject({ status: 'TERMINATED', done: true });
    expect(next[0]!.reward).not.toBeNull();
    expect(alive(pid)).toBe(false);
    const again = await emu.call(
      'post',
      `/training-jobs/${id}/autosearch-trial-earlystop/${first[0]!.trialId}`,
    );
    expect(again.status).toBe(400);
    // the job's resource use is sampled while a trial runs (the sampler's tick): wait for a sample
    // before the last trial stops, so the metrics below are the job's and not a race with the tick
    await samples(id);
    await emu.call('post', `/training-jobs/${id}/autosearch-trial-earlystop/${next[1]!.trialId}`);
    const done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed');
    expect(done.status.phase).toBe('Completed'); // trial 1 reported a reward before it was stopped
    expect((await trials(id)).map((t) => t.status)).toEqual(['TERMINATED', 'TERMINATED']);
    expect(await log(id)).toContain(
      `trial ${first[0]!.trialId} (1/2) ended: TERMINATED (stopped early)`,
    );
    const metrics = await emu.call('get', `/training-jobs/${id}/metrics/worker-0`);
    expect(metrics.body.metrics[0].value.length).toBeGreaterThan(0);
  }, 30_000);

  it('terminates a search job: the running trial is killed, pending ones never run', async () => {
    const id = await create(searchJob('terminate-search', { samples: 3, epochs: 400 }));
    await waitTrials(id, (t) => t[0]!.status === 'RUNNING');
    const pid = emu.rt.v2.state.jobs.find((j) => j.id === id)!.tasks[0]!.pid!;
    expect(alive(pid)).toBe(true);
    const term = await emu.call('post', `/training-jobs/${id}/actions`, {
      action_type: 'terminate',
    });
    expect([term.status, term.body.status.phase]).toEqual([202, 'Terminating']);
    const done = await emu.waitPhase(id, (p) => p === 'Terminated');
    expect(done.status.running_records[0].end_reason).toBe('terminated by the user');
    expect(alive(pid)).toBe(false);
    const t = await trials(id);
    expect(t.map((r) => r.status)).toEqual(['TERMINATED', 'TERMINATED', 'TERMINATED']);
    expect(t.slice(1).map((r) => r.params)).toEqual([{}, {}]);
    const text = await log(id);
    expect(text).toContain('(1/3) ended: TERMINATED (the job was terminated)');
    expect(text).not.toContain('(2/3) starting');
  }, 30_000);

  it('fails when no trial reports a reward; a crashing trial is ERROR', async () => {
    const id = await create(
      searchJob('no-reward', {
        samples: 2,
        autoSearch: {
          search_params: [{ name: 'epochs', param_type: 'discrete', discrete_values: ['0', '1'] }],
          reward_attrs: [{ name: 'f1', mode: 'max', regex: 'f1=([0-9.]+)' }],
        },
      }),
    );
    const done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed');
    expect(done.status.phase).toBe('Failed');
    expect(done.status.task_statuses[0].message).toMatch(/no trial reported a reward/);
    const t = await trials(id);
    expect(t.every((r) => r.done && r.iterations === 0)).toBe(true);
    for (const r of t) expect(r.status).toBe(r.params.epochs === 0 ? 'ERROR' : 'TERMINATED');
    expect(t.map((r) => r.params.epochs).sort()).toEqual([0, 1]); // seed 3 samples both
  }, 30_000);
});

describe('search state across a restart', () => {
  it('keeps the trials and marks the running one ERROR, pending ones TERMINATED', async () => {
    const first = await createV2TestEmulator();
    const res = await first.call(
      'post',
      '/training-jobs',
      searchJob('restart-search', { samples: 3, epochs: 400 }),
    );
    const id = res.body.metadata.id as string;
    const until = Date.now() + 20_000;
    while (first.rt.v2.state.jobs[0]!.autosearch!.trials[0]!.iterations.length === 0) {
      if (Date.now() > until) throw new Error('trial 0 never reported');
      await new Promise((r) => setTimeout(r, 100));
    }
    const pid = first.rt.v2.state.jobs[0]!.tasks[0]!.pid!;
    await first.emulator.shutdown();
    expect(alive(pid)).toBe(false);
    const second = await createV2TestEmulator({ dataDir: first.dataDir });
    try {
      const job = (await second.call('get', `/training-jobs/${id}`)).body;
      expect(job.status.phase).toBe('Failed');
      const page = AutosearchTrialsResponseSchema.parse(
        (await second.call('get', `/training-jobs/${id}/autosearch-trials`)).body,
      );
      const t = trialRows(page.items);
      expect(t.map((r) => r.status)).toEqual(['ERROR', 'TERMINATED', 'TERMINATED']);
      expect(t[0]!.iterations).toBeGreaterThan(0);
      expect(t[0]!.params.learning_rate).toBeTypeOf('number');
    } finally {
      await second.cleanup();
    }
  }, 40_000);
});
