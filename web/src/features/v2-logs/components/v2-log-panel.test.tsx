import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../../../test/fake-event-source.js';
import { renderRoute } from '../../../test/render.js';
import { V2LogPanel } from './v2-log-panel.js';

const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');

function linesIn(testId: string): string[] {
  return [...screen.getByTestId(testId).querySelectorAll('[data-log-line]')].map(
    (el) => el.textContent ?? '',
  );
}

describe('V2LogPanel', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 400,
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });

  it('follows every task over one stream and interleaves them in the merged view', async () => {
    const onStatus = vi.fn();
    renderRoute(<V2LogPanel jobId="job-1" tasks={['worker-0', 'worker-1']} onStatus={onStatus} />);
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    const job = FakeEventSource.latest();
    expect(job.url).toBe('/api/logs/job/v2/job-1?workers=worker-0,worker-1');
    act(() => job.open());
    act(() => job.emit('log', { worker: 'worker-0', lines: ['rank 0 step 1'] }, '0:14'));
    act(() =>
      job.emit(
        'log',
        { worker: 'worker-1', lines: ['rank 1 step 1', 'rank 1 step 2'] },
        '0:14,1:28',
      ),
    );
    act(() => job.emit('log', { worker: 'worker-0', lines: ['rank 0 step 2'] }, '0:28,1:28'));
    expect(linesIn('merged-log')).toEqual([
      '[worker-0] rank 0 step 1',
      '[worker-1] rank 1 step 1',
      '[worker-1] rank 1 step 2',
      '[worker-0] rank 0 step 2',
    ]);
    expect(screen.getByTestId('merged-order')).toHaveTextContent(/in arrival order/);
    const prefix0 = within(screen.getByTestId('merged-log')).getAllByText('[worker-0]')[0];
    const prefix1 = within(screen.getByTestId('merged-log')).getAllByText('[worker-1]')[0];
    expect(prefix0?.style.color).toBeTruthy();
    expect(prefix0?.style.color).not.toBe(prefix1?.style.color);
    expect(screen.getByText('Live')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'worker-1' }));
    expect(linesIn('task-log-worker-1')).toEqual(['rank 1 step 1', 'rank 1 step 2']);
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() =>
      job.emit('worker_error', { worker: 'worker-1', error_code: 'X.1', error_msg: 'gone' }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('worker-1: X.1: gone');
    act(() => job.emit('status', { phase: 'Running', secondary_phase: 'Running' }));
    expect(onStatus).toHaveBeenCalledWith({ phase: 'Running', secondary_phase: 'Running' });
    act(() => job.emit('end', { phase: 'Completed', secondary_phase: 'Completed' }));
    expect(onStatus).toHaveBeenLastCalledWith({ phase: 'Completed', secondary_phase: 'Completed' });
    expect(job.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('orders the merged view by the times the lines carry, and says so', async () => {
    renderRoute(<V2LogPanel jobId="job-2" tasks={['worker-0', 'worker-1']} />);
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    const job = FakeEventSource.latest();
    act(() =>
      job.emit('log', { worker: 'worker-1', lines: ['2026-12-06 10:00:02,000 b'] }, '1:30'),
    );
    act(() =>
      job.emit(
        'log',
        { worker: 'worker-0', lines: ['2026-12-06 10:00:01,000 a', '2026-12-06 10:00:03,000 c'] },
        '0:60,1:30',
      ),
    );
    expect(linesIn('merged-log')).toEqual([
      '[worker-0] 2026-12-06 10:00:01,000 a',
      '[worker-1] 2026-12-06 10:00:02,000 b',
      '[worker-0] 2026-12-06 10:00:03,000 c',
    ]);
    expect(screen.getByTestId('merged-order')).toHaveTextContent('in time order');
  });

  it('offers a full-log download per task', () => {
    renderRoute(<V2LogPanel jobId="job-1" tasks={['worker-0', 'worker-1']} />);
    expect(screen.getByRole('link', { name: 'Download full log (worker-1)' })).toHaveAttribute(
      'href',
      '/api/logs/v2/job-1/worker-1/download',
    );
  });

  it('puts the downloads of many tasks in one menu, and opens one stream for all of them', async () => {
    const tasks = Array.from({ length: 16 }, (_, i) => `worker-${i}`);
    renderRoute(<V2LogPanel jobId="job-9" tasks={tasks} />);
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    expect(screen.queryByRole('link', { name: 'Download full log (worker-15)' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Download full log…' }));
    expect(
      await screen.findByRole('menuitem', { name: 'Download full log (worker-15)' }),
    ).toHaveAttribute('href', '/api/logs/v2/job-9/worker-15/download');
  });
});
