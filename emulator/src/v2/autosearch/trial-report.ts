import type { V2SearchState, V2Trial } from './search-types.js';

const SERVICE_PREFIX = '[ModelArts Service Log]';

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
  line(trial: V2Trial, text: string, now = Date.now()): boolean {
    if (text.startsWith(SERVICE_PREFIX)) return false;
    for (const m of this.metrics) {
      const hit = m.re.exec(text);
      if (hit) this.latest[m.name] = captured(hit);
    }
    const hit = this.reward.exec(text);
    if (!hit) return false;
    const value = Number.parseFloat(captured(hit));
    if (!Number.isFinite(value)) return false;
    trial.iterations.push({ at: now, reward: value, metrics: { ...this.latest } });
    return true;
  }
}
