import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PollSchedule, type PollRequest } from './poll-schedule.js';

const I = 500;

/** Drives a schedule like the poller does; `outcome` says what each log read brought. */
function drive(
  steps: number,
  outcome: (i: number) => { grew: boolean; full: boolean },
  terminalAt = Infinity,
) {
  let now = 0;
  const s = new PollSchedule(I, now);
  const sent: { at: number; request: PollRequest; paid: boolean }[] = [];
  let logs = 0;
  for (let i = 0; i < steps; i++) {
    now += s.waitMs(now);
    const request = s.next(now);
    const paid = !(request === 'log' && isContinuation(s));
    sent.push({ at: now, request, paid });
    s.sent(request, now);
    if (request === 'status') s.statusRead(now, now >= terminalAt);
    else {
      const o = outcome(logs++);
      s.logRead(o.grew, o.full);
    }
  }
  return { sent, s };
}
/** Whether the next log read is a free follow-up of a full page (white-box, for counting). */
const isContinuation = (s: PollSchedule) =>
  (s as unknown as { continuation: boolean }).continuation;

describe('PollSchedule', () => {
  it('reads the status and the first lines at once, then one request per interval', () => {
    const { sent } = drive(4, () => ({ grew: true, full: false }));
    expect(sent.map((x) => [x.at, x.request])).toEqual([
      [0, 'status'],
      [0, 'log'],
      [I, 'log'],
      [2 * I, 'log'],
    ]);
  });

  it('while lines flow, reads the log every interval and the status only every 600 intervals', () => {
    const { sent } = drive(1_300, () => ({ grew: true, full: false }));
    const statuses = sent.filter((x) => x.request === 'status').map((x) => x.at);
    expect(statuses).toEqual([0, 600 * I, 1_200 * I]);
    const logs = sent.filter((x) => x.request === 'log').map((x) => x.at);
    const gaps = logs.slice(1).map((at, k) => at - logs[k]!);
    // one interval between two log reads; two where a status read took the slot between them
    expect(gaps.filter((g) => g === 2 * I)).toHaveLength(2);
    expect(gaps.filter((g) => g === I)).toHaveLength(gaps.length - 2);
  });

  it('reads a backlog back to back without spending slots', () => {
    const { sent } = drive(6, (i) => ({ grew: true, full: i < 4 }));
    expect(sent.map((x) => x.at)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('reads the status soon once the log is quiet, and backs the log off up to 4 intervals', () => {
    const { sent, s } = drive(60, () => ({ grew: false, full: false }));
    expect(sent.slice(0, 6).map((x) => [x.at, x.request])).toEqual([
      [0, 'status'],
      [0, 'log'],
      [I, 'log'],
      [2 * I, 'log'],
      [3 * I, 'log'],
      [4 * I, 'status'],
    ]);
    expect(s.logPeriod()).toBe(4 * I);
    const logs = sent.filter((x) => x.request === 'log').map((x) => x.at);
    // four intervals, five where the status read took the slot the log read was due in
    expect(logs.at(-1)! - logs.at(-2)!).toBeGreaterThanOrEqual(4 * I);
    expect(logs.at(-1)! - logs.at(-2)!).toBeLessThanOrEqual(5 * I);
    const statuses = sent.filter((x) => x.request === 'status').map((x) => x.at);
    expect(statuses.at(-1)! - statuses.at(-2)!).toBeGreaterThanOrEqual(4 * I);
  });

  it('goes back to one interval as soon as a read brings lines', () => {
    const { s } = drive(30, () => ({ grew: false, full: false }));
    expect(s.logPeriod()).toBe(4 * I);
    s.logRead(true, false);
    expect(s.logPeriod()).toBe(I);
  });

  it('never reads the status again once it is terminal', () => {
    const { sent, s } = drive(40, () => ({ grew: false, full: false }), 3 * I);
    expect(s.terminalSeen).toBe(true);
    const lastStatus = sent.findLastIndex((x) => x.request === 'status');
    expect(sent[lastStatus]!.at).toBeGreaterThanOrEqual(3 * I);
    expect(sent.slice(lastStatus + 1).every((x) => x.request === 'log')).toBe(true);
    expect(sent.length - lastStatus).toBeGreaterThan(5);
  });

  it('after the first two, never sends two paid requests less than one interval apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ grew: fc.boolean(), full: fc.boolean() }), {
          minLength: 1,
          maxLength: 200,
        }),
        (outcomes) => {
          const { sent } = drive(outcomes.length * 2, (i) => outcomes[i % outcomes.length]!);
          // the first two go out together; every later one waits a full interval
          const paid = sent
            .filter((x) => x.paid)
            .map((x) => x.at)
            .slice(1);
          for (let a = 0; a < paid.length; a++) {
            for (let b = a; b < paid.length; b++) {
              // b - a + 1 paid requests inside [paid[a], paid[b]]
              expect(b - a + 1).toBeLessThanOrEqual(Math.floor((paid[b]! - paid[a]!) / I) + 1);
            }
          }
        },
      ),
      { seed: 1406, numRuns: 200 },
    );
  });
});
