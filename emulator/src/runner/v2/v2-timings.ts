/** How long the v2 lifecycle steps take (real values by default, shortened in tests). */
export interface V2Timings {
  /** Creating → Pending. */
  creatingMs: number;
  /** Pending (Queuing) → Running (processes start). */
  pendingMs: number;
  killGraceMs: number;
  metricsIntervalMs: number;
  maxMetricSamples: number;
  /** Length of one `auto_stop` hour (shortened in tests). */
  hourMs: number;
  /** How often a running search trial's log is read for reported iterations. */
  trialPollMs: number;
}

export const DEFAULT_V2_TIMINGS: V2Timings = {
  creatingMs: 400,
  pendingMs: 400,
  killGraceMs: 3000,
  metricsIntervalMs: 2000,
  maxMetricSamples: 300,
  hourMs: 3_600_000,
  trialPollMs: 250,
};
