import type {
  TrialConfig,
  TrialStatus,
  V2SearchState,
  V2Trial,
} from '../../../store/v2-search-types.js';

export const isEnded = (t: V2Trial) => t.status === 'TERMINATED' || t.status === 'ERROR';

/** The trial's best reported reward by `mode` (null before its first report). */
export function bestReward(t: V2Trial, mode: 'max' | 'min') {
  let best: number | null = null;
  for (const it of t.iterations)
    if (best === null || (mode === 'max' ? it.reward > best : it.reward < best)) best = it.reward;
  return best;
}

export const lastReward = (t: V2Trial) => t.iterations[t.iterations.length - 1]?.reward ?? null;

/** `trial ae544174 (2/6)` as the service log lines and events name a trial. */
export const trialLabel = (s: V2SearchState, t: V2Trial) =>
  `trial ${t.trial_id} (${t.index + 1}/${s.trials.length})`;

export const describeConfig = (c: TrialConfig | null) =>
  Object.entries(c ?? {})
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');

export function endTrial(t: V2Trial, status: TrialStatus, now = Date.now()): void {
  t.status = status;
  t.end_at = now;
}

/** Ends every trial that is still PENDING or RUNNING (the job ended); returns how many. */
export function closeOpenTrials(
  s: V2SearchState,
  status: { running: TrialStatus; pending: TrialStatus },
  now = Date.now(),
): number {
  let n = 0;
  for (const t of s.trials) {
    if (t.status === 'RUNNING') endTrial(t, status.running, now);
    else if (t.status === 'PENDING') endTrial(t, status.pending, now);
    else continue;
    n++;
  }
  return n;
}

/** The trial with the best reward of the search (null when none reported one). */
export function bestTrial(s: V2SearchState): { trial: V2Trial; reward: number } | null {
  let found: { trial: V2Trial; reward: number } | null = null;
  for (const t of s.trials) {
    const r = bestReward(t, s.reward.mode);
    if (r === null) continue;
    if (!found || (s.reward.mode === 'max' ? r > found.reward : r < found.reward))
      found = { trial: t, reward: r };
  }
  return found;
}
