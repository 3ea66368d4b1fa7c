import type { QueryClient } from '@tanstack/react-query';
import { jobLogStreamPaths, type SessionInfo, type TrainingJobV2 } from '@console/shared';
import { drawnLogKey, type DrawnLog } from '../lib/drawn-log.js';
import { V2_JOB_ROUTE } from './job-pages.js';
import { jobKeys } from '../lib/query-keys/job-keys.js';
import { createQueryClient } from '../lib/query-client.js';
import { sessionKeys } from '../lib/session-query.js';
import type { JobPage } from '../features/jobs/api/load-job-page.js';
import type { JobRow } from '../features/jobs/job-rows.js';
import { DEFAULT_FILTERS } from '../features/jobs/list-filters.js';
import { drawPage } from './draw-page.js';
import { inTimeZone } from './time-zone.js';

/** A made-up page of `size` jobs, half v1 and half v2 (never shown to anyone). */
export function sampleJobPage(size: number): JobPage {
  const rows: JobRow[] = Array.from({ length: size }, (_, i) =>
    i % 2 === 0
      ? {
          api: 'v1',
          target: { api: 'v1', jobId: i, versionId: i },
          key: `v1:${i}`,
          name: `job-${i}`,
          href: `/jobs/v1/${i}/versions/${i}`,
          statusLabel: 'Running',
          statusCode: '8',
          bucket: 'running',
          createTime: 1_700_000_000_000 - i * 60_000,
          duration: i * 1000,
          description: '',
          createdBy: undefined,
        }
      : {
          api: 'v2',
          target: { api: 'v2', jobId: `id-${i}` },
          key: `v2:id-${i}`,
          name: `job-${i}`,
          href: `/jobs/v2/id-${i}`,
          statusLabel: 'Completed',
          statusCode: 'Completed',
          bucket: 'succeeded',
          createTime: 1_700_000_000_000 - i * 60_000,
          duration: null,
          description: 'a job',
          createdBy: 'someone',
        },
  );
  return { rows, total: size * 10, dropped: 0, failedApis: [], error: null };
}

const SESSION: SessionInfo = {
  user: 'warm-up',
  domain: 'warm-up',
  project: { id: 'warm-up', name: 'warm-up' },
  expiresAt: '2100-01-01T00:00:00.000Z',
};

/** A made-up finished v2 job with one task and `lines` lines of log, drawn as its page would be. */
export function sampleJobPageData(queryClient: QueryClient, lines: number): URL {
  const id = 'warm-up';
  const tasks = ['worker-0'];
  queryClient.setQueryData(jobKeys.v2Job(id), {
    kind: 'job',
    metadata: { id, name: 'warm-up', create_time: 1_700_000_000_000, description: '' },
    status: { phase: 'Completed', secondary_phase: 'Completed', duration: 60_000, tasks },
    algorithm: { code_dir: '/bucket/code/', boot_file: '/bucket/code/train.py' },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
  } satisfies TrainingJobV2);
  const log: DrawnLog = {
    workers: tasks,
    events: [{ worker: tasks[0]!, lines: Array.from({ length: lines }, (_, i) => `line ${i}`) }],
    lastEventId: '0:1',
  };
  queryClient.setQueryData(drawnLogKey(jobLogStreamPaths.v2(id, tasks)), log);
  return new URL(`http://console.invalid/jobs/v2/${id}?task=worker-0`);
}

/**
 * Draws a made-up list and job page `times` times each, one per turn of the event loop: the first drawings of a
 * process run React's and Mantine's code unoptimised (~200 ms, then ~30), and the first user after
 * a start should not pay for that. Returns when done.
 */
export async function warmUp(times: number): Promise<void> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(sessionKeys.current(), SESSION);
  queryClient.setQueryData(jobKeys.page(DEFAULT_FILTERS), sampleJobPage(DEFAULT_FILTERS.size));
  const url = new URL('http://console.invalid/jobs');
  const jobUrl = sampleJobPageData(queryClient, 200);
  for (let i = 0; i < times; i++) {
    // every other one in a named zone: its time formats are made once, here (time-zone.ts)
    inTimeZone(i % 2 ? 'Asia/Shanghai' : undefined, () => drawPage(url, queryClient));
    await new Promise((resolve) => setImmediate(resolve));
    // and a job page with its log (job-pages.tsx)
    drawPage(jobUrl, queryClient, V2_JOB_ROUTE);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
