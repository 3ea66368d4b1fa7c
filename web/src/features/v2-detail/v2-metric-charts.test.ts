import { describe, expect, it } from 'vitest';
import { v2MetricCharts } from './v2-metric-charts.js';

describe('v2MetricCharts', () => {
  it('ends a finished job at start + duration, fitting fast samples into the run', () => {
    const [cpu] = v2MetricCharts({
      tasks: [
        { task: 'worker-0', metrics: [{ metric: 'cpuUsage', value: [1, 2, 3] }] },
        { task: 'worker-1', metrics: [{ metric: 'cpuUsage', value: [4, 5, 6] }] },
      ],
      startMs: 1_000_000,
      durationMs: 4000,
      now: 9e12,
    });
    expect(cpu!.series).toEqual(['worker-0', 'worker-1']);
    expect(cpu!.points.map((p) => p.t)).toEqual([1_000_000, 1_002_000, 1_004_000]);
  });

  it('uses one sample per minute when they fit, and now before the job has started', () => {
    const [cpu] = v2MetricCharts({
      tasks: [{ task: 'worker-0', metrics: [{ metric: 'cpuUsage', value: [1, 2] }] }],
      startMs: 0,
      durationMs: 0,
      now: 600_000,
    });
    expect(cpu!.points.map((p) => p.t)).toEqual([540_000, 600_000]);
  });
});
