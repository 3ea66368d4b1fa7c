import { describe, expect, it } from 'vitest';
import { v1Bodies } from '../contracts/modelarts/v1-bodies.js';
import { v2Bodies } from '../contracts/modelarts/v2-bodies.js';
import { TrainingJobListResponseSchema } from './v1/list-jobs.js';
import { TaskLogPreviewSchema } from './v2/logs.js';
import { TaskMetricsSchema } from './v2/metrics.js';

// Readers of upstream answers and the body tables whose own package's tests did not load them
// (the BFF and the web use them): the documented samples, and the numbers the docs print as text.

describe('v1 job list (catalog §3.2)', () => {
  it('reads the documented answer, numbers given as numbers or as text', () => {
    const body = {
      is_success: true,
      job_total_count: 2,
      job_count_limit: 100,
      quotas: 10,
      jobs: [
        {
          job_id: 10,
          job_name: 'trainjob-test',
          version_id: 10,
          status: 10,
          version_count: 1,
          create_time: 1524189990635,
          duration: 532,
          job_desc: 'train',
        },
        { job_id: '11', job_name: 'from-text', status: '8', create_time: '1524189990636' },
      ],
    };
    const list = TrainingJobListResponseSchema.parse(body);
    expect(list.jobs.map((j) => [j.job_id, j.status, j.create_time, j.version_id])).toEqual([
      [10, 10, 1524189990635, 10],
      [11, 8, 1524189990636, undefined],
    ]);
    expect(list.dropped_items).toBe(0);
    // a job that is not one (an id that is no number) is left out and counted, not the whole list
    const odd = TrainingJobListResponseSchema.parse({
      ...body,
      jobs: [...body.jobs, { job_id: 'ten', job_name: 'x', status: 10, create_time: 1 }],
    });
    expect(odd.jobs.map((j) => j.job_name)).toEqual(['trainjob-test', 'from-text']);
    expect(odd.dropped_items).toBe(1);
  });
});

describe('v2 task metrics (catalog §4.10)', () => {
  it('reads each metric with its values, -1 where nothing was sampled, numbers as text too', () => {
    expect(
      TaskMetricsSchema.parse({
        metrics: [
          { metric: 'cpuUsage', value: [-1, 2.5, '3'] },
          { metric: 'memUsage', value: [] },
        ],
      }).metrics,
    ).toEqual([
      { metric: 'cpuUsage', value: [-1, 2.5, 3] },
      { metric: 'memUsage', value: [] },
    ]);
    expect(TaskMetricsSchema.safeParse({ metrics: [{ metric: 'cpuUsage' }] }).success).toBe(false);
    expect(TaskMetricsSchema.safeParse({}).success).toBe(false);
  });
});

describe('v2 log preview', () => {
  it('is empty when the answer has neither content nor context', () => {
    expect(TaskLogPreviewSchema.parse({})).toEqual({ content: '', current_size: 0, full_size: 0 });
    expect(TaskLogPreviewSchema.parse({ content: 'a', context: 'b' }).content).toBe('a');
  });
});

describe('request body tables', () => {
  it('check the body of every endpoint that takes one', () => {
    expect(Object.keys(v2Bodies).sort()).toEqual([
      'createAlgorithm',
      'createJob',
      'earlyStopTrial',
      'jobAction',
      'searchJobs',
      'updateAlgorithm',
      'updateJobDescription',
    ]);
    expect(v2Bodies.jobAction.safeParse({ action_type: 'terminate' }).success).toBe(true);
    expect(v2Bodies.jobAction.safeParse({ action_type: 'explode' }).success).toBe(false);
    expect(v2Bodies.updateJobDescription.safeParse({ description: 'd' }).success).toBe(true);
    expect(Object.keys(v1Bodies).sort()).toEqual([
      'createConfig',
      'createJob',
      'createVersion',
      'createVisualizationJob',
      'restartVisualizationJob',
      'stopVersion',
      'stopVisualizationJob',
      'updateConfig',
      'updateJobDescription',
      'updateVisualizationJob',
    ]);
    expect(v1Bodies.updateJobDescription.safeParse({ job_desc: 'd' }).success).toBe(true);
    expect(v1Bodies.updateJobDescription.safeParse({ job_desc: 7 }).success).toBe(false);
  });
});
