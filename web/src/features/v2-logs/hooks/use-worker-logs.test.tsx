import { act, render } from '@testing-library/react';
import { Activity } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLogs } from '../../../lib/log-memory.js';
import { FakeEventSource } from '../../../test/fake-event-source.js';
import { useWorkerLogs } from './use-worker-logs.js';

function Counter({ onLines }: { onLines: (n: number) => void }) {
  const { log } = useWorkerLogs('job-1', ['worker-0']);
  onLines(log.merged.length);
  return null;
}

describe('useWorkerLogs', () => {
  beforeEach(() => {
    forgetLogs();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('resumes each task after its last line when the hidden view shows again', () => {
    let lines = 0;
    const tab = (visible: boolean) => (
      <Activity mode={visible ? 'visible' : 'hidden'}>
        <Counter onLines={(n) => (lines = n)} />
      </Activity>
    );
    const view = render(tab(true));
    const first = FakeEventSource.latest();
    act(() => first.emit('log', { lines: ['a', 'b'] }, '42'));
    view.rerender(tab(false));
    view.rerender(tab(true));
    const second = FakeEventSource.latest();
    expect(second.url).toBe('/api/logs/v2/job-1/worker-0?last_event_id=42');
    act(() => second.emit('log', { lines: ['c'] }, '43'));
    expect(lines).toBe(3);
  });

  it('mounted again (signed in again) keeps the lines and resumes each task after its last one', () => {
    let lines = 0;
    const first = render(<Counter onLines={(n) => (lines = n)} />);
    act(() => FakeEventSource.latest().emit('log', { lines: ['a', 'b'] }, '42'));
    first.unmount();
    render(<Counter onLines={(n) => (lines = n)} />);
    expect(lines).toBe(2);
    const again = FakeEventSource.latest();
    expect(again.url).toBe('/api/logs/v2/job-1/worker-0?last_event_id=42');
    act(() => again.emit('log', { lines: ['c'] }, '43'));
    expect(lines).toBe(3);
  });
});
