import { describe, expect, it } from 'vitest';
import { fromV1, fromV2, rowOrder } from './job-rows.js';

const v1 = fromV1({
  job_id: 10,
  job_name: 'old_job',
  version_id: 11,
  status: 10,
  create_time: 2_000,
  duration: 5_000,
});
const v2a = fromV2({
  metadata: { id: 'a-1', name: 'newer', create_time: 3_000 },
  status: { phase: 'Running', duration: 100 },
});
const v2b = fromV2({
  metadata: { id: 'b-2', name: 'oldest', create_time: 1_000, description: 'desc' },
  status: { phase: 'Abnormal' },
});

describe('job rows', () => {
  it('maps v1 and v2 jobs to one row shape with their detail links and buckets', () => {
    expect(v1).toMatchObject({
      api: 'v1',
      key: 'v1:10',
      href: '/jobs/v1/10/versions/11',
      statusLabel: 'Completed',
      bucket: 'succeeded',
    });
    expect(v2a).toMatchObject({
      api: 'v2',
      href: '/jobs/v2/a-1',
      statusLabel: 'Running',
      bucket: 'running',
      duration: 100,
    });
    expect(v2b).toMatchObject({ bucket: 'failed', description: 'desc', duration: null });
  });

  it('orders rows by create time (newest first) or by name', () => {
    const rows = [v1, v2a, v2b];
    const sorted = (sort: 'create_time' | 'name', order: 'asc' | 'desc') =>
      [...rows].sort(rowOrder(sort, order));
    expect(sorted('create_time', 'desc').map((r) => r.name)).toEqual([
      'newer',
      'old_job',
      'oldest',
    ]);
    expect(sorted('create_time', 'asc').map((r) => r.name)).toEqual(['oldest', 'old_job', 'newer']);
    expect(sorted('name', 'asc').map((r) => r.name)).toEqual(['newer', 'old_job', 'oldest']);
  });
});
