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

  it('streams every task and interleaves them in the merged view, prefixed and coloured', async () => {
    const onStatus = vi.fn();
    renderRoute(<V2LogPanel jobId="job-1" tasks={['worker-0', 'worker-1']} onStatus={onStatus} />);
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(2));
    const [w0, w1] = FakeEventSource.instances as [FakeEventSource, FakeEventSource];
    expect(w0.url).toBe('/api/logs/v2/job-1/worker-0');
    expect(w1.url).toBe('/api/logs/v2/job-1/worker-1');
    act(() => {
      w0.open();
      w1.open();
    });
    act(() => w0.emit('log', { lines: ['rank 0 step 1'] }, '14'));
    act(() => w1.emit('log', { lines: ['rank 1 step 1', 'rank 1 step 2'] }, '28'));
    act(() => w0.emit('log', { lines: ['rank 0 step 2'] }, '28'));
    expect(linesIn('merged-log')).toEqual([
      '[worker-0] rank 0 step 1',
      '[worker-1] rank 1 step 1',
      '[worker-1] rank 1 step 2',
      '[worker-0] rank 0 step 2',
    ]);
    const prefix0 = within(screen.getByTestId('merged-log')).getAllByText('[worker-0]')[0];
    const prefix1 = within(screen.getByTestId('merged-log')).getAllByText('[worker-1]')[0];
    expect(prefix0?.style.color).toBeTruthy();
    expect(prefix0?.style.color).not.toBe(prefix1?.style.color);
    expect(screen.getByText('Live')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'worker-1' }));
    expect(linesIn('task-log-worker-1')).toEqual(['rank 1 step 1', 'rank 1 step 2']);

    act(() => w0.emit('status', { phase: 'Running', secondary_phase: 'Running' }));
    expect(onStatus).toHaveBeenCalledWith({ phase: 'Running', secondary_phase: 'Running' });
    act(() => w0.emit('end', { phase: 'Completed', secondary_phase: 'Completed' }));
    expect(onStatus).toHaveBeenLastCalledWith({ phase: 'Completed', secondary_phase: 'Completed' });
    expect(w0.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('offers a full-log download per task', () => {
    renderRoute(<V2LogPanel jobId="job-1" tasks={['worker-0', 'worker-1']} />);
    expect(screen.getByRole('link', { name: 'Download full log (worker-1)' })).toHaveAttribute(
      'href',
      '/api/logs/v2/job-1/worker-1/download',
    );
  });
});
