import { describe, expect, it } from 'vitest';
import { CreateVisualizationJobRequestSchema } from './visualization-jobs.js';

const pageSample = {
  job_name: 'visualization-job',
  job_desc: 'this is a visualization job',
  train_url: '/obs/name/',
  job_type: 'mindinsight',
  schedule: [{ type: 'stop', time_unit: 'HOURS', duration: 1 }],
};

describe('CreateVisualizationJobRequestSchema', () => {
  it('accepts the page sample as printed (schedule array, lower-case job_type) and the table form', () => {
    expect(CreateVisualizationJobRequestSchema.parse(pageSample)).toEqual(pageSample);
    const tableForm = { ...pageSample, job_type: 'TensorBoard', schedule: pageSample.schedule[0] };
    expect(CreateVisualizationJobRequestSchema.parse(tableForm)).toEqual(tableForm);
  });

  it('names the field of a bad value', () => {
    const r = CreateVisualizationJobRequestSchema.safeParse({
      ...pageSample,
      job_name: 'x'.repeat(21),
    });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['job_name'],
      message: 'job_name must be at most 20 characters',
    });
  });
});
