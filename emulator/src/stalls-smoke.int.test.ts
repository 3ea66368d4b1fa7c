import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runStallScenario } from '../bench/stall-scenario.js';

// The emulator-stall benchmark (`pnpm bench`, bench/stalls.ts) at a small size, as a smoke of
// its code: it must run through and lose nothing. Its latencies are recorded, never asserted (a
// timed bound flakes on a loaded 2-core machine); the benchmark holds the targets.
const REPORT = fileURLToPath(
  new URL('../../reports/bench-emulator-stalls-smoke.json', import.meta.url),
);

describe('emulator stalls (smoke of the benchmark)', () => {
  it('seeds, runs, starts a burst of jobs and restarts without losing a job', async () => {
    const r = await runStallScenario({
      v1Jobs: 300,
      v2Jobs: 300,
      tokens: 100,
      running: 2,
      burst: 10,
      steadyMs: 2000,
      rate: 50,
    });
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, JSON.stringify(r, null, 2) + '\n');
    // every seeded and started job is listed, before and after a restart
    expect(r.started).toEqual({ v1: 6, v2: 6 });
    expect(r.listed).toEqual({ v1: 306, v2: 306 });
    expect(r.after_restart).toEqual(r.listed);
    // every burst job reached Running, and every probe was answered
    expect(r.burst.all_running_ms).not.toBeNull();
    expect(r.steady.requests).toBeGreaterThan(0);
    expect(r.burst.requests).toBeGreaterThan(0);
    expect(r.steady.errors + r.burst.errors).toBe(0);
  }, 180_000);
});
