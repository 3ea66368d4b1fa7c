/** How long the v1 lifecycle steps take (real values by default, shortened in tests). */
export interface RunnerTimings {
  /** Time in INIT (1) before WAITING (7). */
  initMs: number;
  /** Time in WAITING (7) before the processes start (8). */
  waitMs: number;
  /** SIGTERM → SIGKILL grace when stopping. */
  killGraceMs: number;
  metricsIntervalMs: number;
  maxMetricSamples: number;
}

export const DEFAULT_TIMINGS: RunnerTimings = {
  initMs: 600,
  waitMs: 400,
  killGraceMs: 3000,
  metricsIntervalMs: 2000,
  maxMetricSamples: 300,
};
