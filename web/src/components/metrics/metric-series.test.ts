import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMetricCharts,
  latestValues,
  sampleValue,
  type MetricSource,
} from './metric-series.js';

const clock = { endMs: 1_000_000, stepMs: 2000 };

describe('sampleValue', () => {
  it('reads numbers and numeric strings; -1, negatives and junk are gaps', () => {
    expect(sampleValue('3.10')).toBe(3.1);
    expect(sampleValue(0)).toBe(0);
    expect(sampleValue(-1)).toBeNull();
    expect(sampleValue('x')).toBeNull();
    expect(sampleValue('')).toBeNull();
    expect(sampleValue(null)).toBeNull();
    expect(sampleValue({})).toBeNull();
    expect(sampleValue(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('buildMetricCharts', () => {
  it('puts a v1 version on the clock, newest sample at the end, one chart per reported measure', () => {
    const charts = buildMetricCharts(
      [
        {
          name: 'Job',
          series: {
            cpuUsage: ['1.5', '2.5'],
            memUsage: ['10.0', 'x'],
            gpuUtil: ['0', '0'],
            diskReadRate: ['0', '2048'],
            interval: 2,
          },
        },
      ],
      clock,
    );
    expect(charts.map((c) => c.key)).toEqual(['cpuUsage', 'memUsage', 'diskReadRate']);
    const cpu = charts[0]!;
    expect(cpu.unit).toBe('percent');
    expect(cpu.series).toEqual(['Job']);
    expect(cpu.points.map((p) => [p.t, p.values.get('Job')])).toEqual([
      [998_000, 1.5],
      [1_000_000, 2.5],
    ]);
    expect(charts[1]!.points.map((p) => p.values.get('Job'))).toEqual([10, null]);
    expect(latestValues(charts[1]!)).toEqual([{ name: 'Job', value: 10 }]);
  });

  it('draws one series per v2 task, GPU only when a task reports it, -1 as a gap', () => {
    const charts = buildMetricCharts(
      [
        { name: 'worker-0', series: { cpuUsage: [-1, 3, 4], gpuUtil: [-1, -1, -1] } },
        { name: 'worker-1', series: { cpuUsage: [5, 6], gpuUtil: [-1, 0, 80] } },
      ],
      clock,
    );
    expect(charts.map((c) => c.key)).toEqual(['cpuUsage', 'memUsage', 'gpuUtil']);
    const [cpu, mem, gpu] = charts;
    expect(cpu!.series).toEqual(['worker-0', 'worker-1']);
    expect(cpu!.points.map((p) => [p.values.get('worker-0'), p.values.get('worker-1')])).toEqual([
      [null, null],
      [3, 5],
      [4, 6],
    ]);
    expect(mem!.points).toEqual([]);
    expect(gpu!.series).toEqual(['worker-1']);
  });

  it('keeps any worker name apart from the time ("t", "__proto__")', () => {
    const [cpu] = buildMetricCharts(
      [
        { name: 't', series: { cpuUsage: [1] } },
        { name: '__proto__', series: { cpuUsage: [2] } },
      ],
      clock,
    );
    expect(cpu!.points).toHaveLength(1);
    expect(cpu!.points[0]!.t).toBe(clock.endMs);
    expect([...cpu!.points[0]!.values]).toEqual([
      ['t', 1],
      ['__proto__', 2],
    ]);
  });

  const sourceArb: fc.Arbitrary<MetricSource> = fc.record({
    name: fc.string({ maxLength: 8 }),
    series: fc.dictionary(
      fc.constantFrom('cpuUsage', 'memUsage', 'gpuUtil', 'npuUtil', 'diskReadRate', 'other'),
      fc.oneof(
        fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 4 }), fc.constant(-1)), {
          maxLength: 40,
        }),
        fc.anything(),
      ),
    ),
  });

  it('whatever the upstream sends: sorted distinct times ≤ the end, every series on every point, values ≥ 0 or null (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(sourceArb, { maxLength: 5 }),
        fc.integer({ min: 1, max: 120_000 }),
        (sources, step) => {
          const charts = buildMetricCharts(sources, { endMs: 5_000_000, stepMs: step });
          expect(charts.slice(0, 2).map((c) => c.key)).toEqual(['cpuUsage', 'memUsage']);
          for (const chart of charts) {
            const times = chart.points.map((p) => p.t);
            expect([...times].sort((a, b) => a - b)).toEqual(times);
            expect(new Set(times).size).toBe(times.length);
            for (const point of chart.points) {
              expect(point.t).toBeLessThanOrEqual(5_000_000);
              expect([...point.values.keys()].sort()).toEqual([...chart.series].sort());
              for (const v of point.values.values()) expect(v === null || v >= 0).toBe(true);
            }
          }
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });
});
