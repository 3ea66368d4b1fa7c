import type { V2SearchState, V2Trial } from '../../../store/v2-search-types.js';

const SERVICE_PREFIX = '[ModelArts Service Log]';
/** A trial's history keeps its first reports and always the latest (the state file stays small). */
export const MAX_REPORTS_PER_TRIAL = 1_000;
/** User regexes run on at most this much of a line, bounding the cost of a pathological pattern. */
const MAX_MATCHED_CHARS = 4096;

/** The first capture group of a match, else the whole match. */
const captured = (m: RegExpExecArray) => (m.length > 1 && m[1] !== undefined ? m[1] : m[0]);

/**
 * Reads a trial's output lines: every line matching the reward regex is one reported iteration
 * (its value parsed as a float; lines whose value is no number are skipped), and the named
 * metrics keep their latest value, which each iteration records.
 */
export class TrialReporter {
  private readonly reward: RegExp;
  private readonly metrics: Array<{ name: string; re: RegExp }>;
  private latest: Record<string, string> = {};

  constructor(state: V2SearchState) {
    this.reward = new RegExp(state.reward.regex);
    this.metrics = state.metrics.map((m) => ({ name: m.name, re: new RegExp(m.regex) }));
  }

  /** Returns true when the line reported an iteration. */
  line(trial: V2Trial, full: string, now = Date.now()): boolean {
    if (full.startsWith(SERVICE_PREFIX)) return false;
    const text = full.slice(0, MAX_MATCHED_CHARS);
    for (const m of this.metrics) {
      const hit = m.re.exec(text);
      if (hit) this.latest[m.name] = captured(hit);
    }
    const hit = this.reward.exec(text);
    if (!hit) return false;
    const value = Number.parseFloat(captured(hit));
    if (!Number.isFinite(value)) return false;
    const report = { at: now, reward: value, metrics: { ...this.latest } };
    if (trial.iterations.length < MAX_REPORTS_PER_TRIAL) trial.iterations.push(report);
    else trial.iterations[trial.iterations.length - 1] = report;
    return true;
  }
}
