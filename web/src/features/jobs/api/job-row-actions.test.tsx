import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error.js';
import { createTestQueryClient } from '../../../test/render.js';
import type { JobRow } from '../job-rows.js';
import { useJobBatch } from './job-row-actions.js';

const row = (n: number) =>
  ({ key: `v2:${n}`, name: `job${n}`, target: { api: 'v2', jobId: String(n) } }) as JobRow;

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createTestQueryClient()}>{children}</QueryClientProvider>;
}

describe('useJobBatch', () => {
  it('acts on every job, three at a time, keeping each outcome with its job', async () => {
    let running = 0;
    let peak = 0;
    const action = vi.fn(async (t: JobRow['target']) => {
      peak = Math.max(peak, ++running);
      // fixed-wait-ok: the action's own work (keeps calls in flight together), not a synchronisation
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (t.jobId === '4')
        throw new ApiError({ status: 400, code: 'ModelArts.0103', message: 'x' });
    });
    const { result } = renderHook(() => useJobBatch(action), { wrapper });
    const results = await result.current.mutateAsync([1, 2, 3, 4, 5, 6, 7].map(row));
    expect(action).toHaveBeenCalledTimes(7);
    expect(peak).toBe(3);
    expect(results.filter((r) => r.error).map((r) => r.row.name)).toEqual(['job4']);
  });

  it('sends nothing more once the session has ended (401)', async () => {
    const action = vi.fn(async () => {
      throw new ApiError({ status: 401, code: 'Console.0401', message: 'Session expired' });
    });
    const { result } = renderHook(() => useJobBatch(action), { wrapper });
    const results = await result.current.mutateAsync([1, 2, 3, 4, 5, 6, 7, 8].map(row));
    // The three requests already under way fail; the other five are never sent.
    expect(action).toHaveBeenCalledTimes(3);
    expect(results).toHaveLength(3);
  });
});
