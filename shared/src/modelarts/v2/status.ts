/** v2 job phases (catalog §4.17): drive logic from `phase`, show `secondary_phase` as detail. */
export const V2_PHASES = [
  'Creating',
  'Pending',
  'Running',
  'Failed',
  'Completed',
  'Terminating',
  'Terminated',
  'Abnormal',
] as const;
export type V2Phase = (typeof V2_PHASES)[number];

export const V2_SECONDARY_PHASES = [
  'Creating',
  'Queuing',
  'Running',
  'Failed',
  'Completed',
  'Terminating',
  'Terminated',
  'CreateFailed',
  'TerminatedFailed',
  'Unknown',
  'Lost',
] as const;
export type V2SecondaryPhase = (typeof V2_SECONDARY_PHASES)[number];

/** Same buckets as the v1 status table so one list can show both. */
export type V2StatusBucket =
  'pending' | 'running' | 'stopping' | 'succeeded' | 'failed' | 'stopped' | 'unknown';

export interface V2PhaseInfo {
  phase: string;
  label: string;
  bucket: V2StatusBucket;
}

const PHASES: Record<V2Phase, [string, V2StatusBucket]> = {
  Creating: ['Creating', 'pending'],
  Pending: ['Pending', 'pending'],
  Running: ['Running', 'running'],
  Failed: ['Failed', 'failed'],
  Completed: ['Completed', 'succeeded'],
  Terminating: ['Terminating', 'stopping'],
  Terminated: ['Terminated', 'stopped'],
  Abnormal: ['Abnormal', 'failed'],
};

export const V2_SECONDARY_PHASE_LABELS: Record<V2SecondaryPhase, string> = {
  Creating: 'Creating',
  Queuing: 'Queuing',
  Running: 'Running',
  Failed: 'Run failed',
  Completed: 'Completed',
  Terminating: 'Terminating',
  Terminated: 'Terminated',
  CreateFailed: 'Creation failed',
  TerminatedFailed: 'Termination failed',
  Unknown: 'Unknown',
  Lost: 'Lost',
};

export function v2PhaseInfo(phase: string): V2PhaseInfo {
  const known = PHASES[phase as V2Phase] as [string, V2StatusBucket] | undefined;
  return known
    ? { phase, label: known[0], bucket: known[1] }
    : { phase, label: phase || 'Unknown', bucket: 'unknown' };
}

/** Label of a secondary phase; unknown values (the docs call them unstable) are shown as sent. */
export function v2SecondaryPhaseLabel(secondary: string): string {
  return V2_SECONDARY_PHASE_LABELS[secondary as V2SecondaryPhase] ?? secondary;
}

/** Phases in which terminate (§4.7) is allowed. */
export const V2_TERMINABLE_PHASES: ReadonlySet<string> = new Set([
  'Creating',
  'Pending',
  'Running',
]);

/** Suggested terminal set for polling (§4.17): Completed, Failed, Terminated, Abnormal. */
export function isV2Terminal(phase: string): boolean {
  return (
    phase === 'Completed' || phase === 'Failed' || phase === 'Terminated' || phase === 'Abnormal'
  );
}
