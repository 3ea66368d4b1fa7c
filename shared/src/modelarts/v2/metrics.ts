import { z } from 'zod';
import { looseNumber } from './common.js';

export const V2_METRIC_NAMES = [
  'cpuUsage',
  'memUsage',
  'gpuUtil',
  'gpuMemUsage',
  'npuUtil',
  'npuMemUsage',
] as const;

/** Per-task metrics (catalog §4.10): one value per interval, `-1` where no data exists. */
export const TaskMetricsSchema = z.looseObject({
  metrics: z.array(z.looseObject({ metric: z.string(), value: z.array(looseNumber) })),
});
export type TaskMetrics = z.infer<typeof TaskMetricsSchema>;
