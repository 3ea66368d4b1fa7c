import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WatchList } from '../../../lib/job-notifications/watch-list.js';
import { createTestQueryClient, jsonFetch } from '../../../test/render.js';
import { useCreateV2TrainingJob } from './create-job.js';

const JOB = {
  kind: 'job',
  metadata: { id: 'job-9', name: 'fresh' },
  status: { phase: 'Pending' },
};

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createTestQueryClient()}>{children}</QueryClientProvider>;
}

describe('useCreateV2TrainingJob', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.localStorage.clear();
  });

  it('watches the new job for a browser notification when the user has turned them on', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(jsonFetch({ 'POST /api/v2/training-jobs': { status: 201, body: JOB } })),
    );
    vi.stubGlobal('Notification', { permission: 'granted' });
    const list = new WatchList(window.localStorage);
    list.setEnabled(true);
    const { result } = renderHook(() => useCreateV2TrainingJob(), { wrapper });
    result.current.mutate({
      kind: 'job',
      metadata: { name: 'fresh' },
      algorithm: { code_dir: '/b/c/', boot_file: '/b/c/t.py', engine: { engine_id: 'e' } },
      spec: { resource: { flavor_id: 'f', node_count: 1 } },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(list.jobs()).toEqual([{ api: 'v2', jobId: 'job-9' }]);
  });
});
