import { describe, expect, it } from 'vitest';
import { runFanOut } from '../../bench/fan-out-run.js';

// The CI smoke of `pnpm bench`'s fan-out (1,000 viewers there): the same code, 40 viewers.
describe('fan-out benchmark (smoke)', () => {
  it('40 viewers over 2 replicas: all complete, about one upstream read per interval', async () => {
    const r = await runFanOut({
      viewers: 40,
      replicas: 2,
      intervalMs: 300,
      lines: 30,
      linesPerSecond: 20,
      warmupSeconds: 4,
    });
    expect(r.viewer_errors).toBe(0);
    expect(r.viewers_complete).toBe(40);
    expect(r.lines_received).toBe(40 * 30);
    expect(r.upstream_forward_reads).toBeLessThanOrEqual(r.poll_intervals_in_span + 1);
    expect(r.delay_p95_ms).toBeGreaterThan(0);
  }, 120_000);
});
