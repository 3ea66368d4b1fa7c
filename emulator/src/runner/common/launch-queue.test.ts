import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { LaunchQueue } from './launch-queue.js';
import { ProcScanner } from './proc-scanner.js';
import { JOB_NICENESS, killGroup, lowerPriority } from './worker-process.js';

const turn = () => new Promise<void>((r) => setImmediate(r));

describe('LaunchQueue', () => {
  it('runs one launch per event-loop turn, in order, past a launch that throws', async () => {
    const errors: unknown[] = [];
    const q = new LaunchQueue((err) => errors.push(err));
    const ran: number[] = [];
    q.enqueue(() => ran.push(1));
    q.enqueue(() => {
      ran.push(2);
      throw new Error('a launch bug');
    });
    q.enqueue(() => ran.push(3));
    expect(ran).toEqual([]);
    await turn();
    expect(ran).toEqual([1]);
    await turn();
    await turn();
    expect(ran).toEqual([1, 2, 3]);
    expect(q.pending).toBe(0);
    expect(errors).toEqual([new Error('a launch bug')]);
  });
});

/** The niceness of the scheduler group of `pid`'s session (Linux autogroups), when there are any. */
function groupNiceness(pid: number): number | undefined {
  try {
    return Number(/nice (-?\d+)/.exec(fs.readFileSync(`/proc/${pid}/autogroup`, 'utf8'))?.[1]);
  } catch {
    return undefined;
  }
}

describe('job processes', () => {
  it.skipIf(groupNiceness(process.pid) === undefined)(
    'run below the API also as a session: their scheduler group gets the same niceness',
    () => {
      const child = lowerPriority(spawn('sleep', ['30'], { detached: true, stdio: 'ignore' }));
      try {
        expect(groupNiceness(child.pid!)).toBe(JOB_NICENESS);
      } finally {
        killGroup(child.pid, 'SIGKILL');
      }
    },
  );

  it('run below the API: niceness 19, and one /proc scan answers every sampler of a tick', async () => {
    const child = lowerPriority(spawn('sleep', ['30'], { detached: true, stdio: 'ignore' }));
    try {
      expect(os.getPriority(child.pid)).toBe(JOB_NICENESS);
      const scanner = new ProcScanner(10_000);
      scanner.watch([child.pid!]);
      const [a, b] = await Promise.all([scanner.scan(), scanner.scan()]);
      expect(a).toBe(b);
      expect(await scanner.scan()).toBe(a);
      expect(a.usage.has(child.pid!)).toBe(true);
    } finally {
      killGroup(child.pid, 'SIGKILL');
    }
  });
});
