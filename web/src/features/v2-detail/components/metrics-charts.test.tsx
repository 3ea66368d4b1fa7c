import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient, jsdomTheme } from '../../../test/render.js';
import { MetricsCharts } from './metrics-charts.js';

const PATH = '/api/v2/training-jobs/job-1/metrics/';

function answer(values: number[]) {
  return new Response(JSON.stringify({ metrics: [{ metric: 'cpuUsage', value: values }] }), {
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('v2 MetricsCharts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every task, and once more when the job ends: the full history, not the last running read', async () => {
    const reads: string[] = [];
    let samples = [1];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const task = new URL(String(input), 'http://localhost').pathname.replace(PATH, '');
        reads.push(task);
        return answer(task === 'worker-0' ? samples : [4]);
      }),
    );
    const client = createTestQueryClient();
    const ui = (live: boolean) => (
      <MantineProvider theme={jsdomTheme}>
        <QueryClientProvider client={client}>
          <MetricsCharts
            jobId="job-1"
            tasks={['worker-0', 'worker-1']}
            live={live}
            startMs={1_000_000}
            durationMs={60_000}
          />
        </QueryClientProvider>
      </MantineProvider>
    );
    const { rerender } = render(ui(true));
    const cpu = await screen.findByRole('figure', { name: 'CPU usage (%)' });
    expect(cpu).toHaveTextContent('1 sample; latest: worker-0 1 %, worker-1 4 %');
    expect(screen.getByText('One line per task.')).toBeInTheDocument();
    expect(reads.sort()).toEqual(['worker-0', 'worker-1']);

    samples = [1, 2, 3];
    rerender(ui(false));
    await waitFor(() =>
      expect(screen.getByRole('figure', { name: 'CPU usage (%)' })).toHaveTextContent(
        '3 samples; latest: worker-0 3 %, worker-1 4 %',
      ),
    );
    expect(reads).toHaveLength(4);
  });

  it('says so when a task has nothing sampled yet (204)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    render(
      <MantineProvider theme={jsdomTheme}>
        <QueryClientProvider client={createTestQueryClient()}>
          <MetricsCharts jobId="job-1" tasks={['worker-0']} live startMs={0} durationMs={0} />
        </QueryClientProvider>
      </MantineProvider>,
    );
    expect(await screen.findByText(/No samples yet/)).toBeInTheDocument();
  });
});
