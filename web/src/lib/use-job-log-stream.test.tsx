import { act, render } from '@testing-library/react';
import { Activity } from 'react';
import { V2EndEventSchema, V2StatusEventSchema } from '@console/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../test/fake-event-source.js';
import { forgetLogs } from './log-memory.js';
import { useJobLogStream } from './use-job-log-stream.js';

const URL = '/api/logs/job/v2/job-1?workers=worker-0,worker-1';
const WORKERS = ['worker-0', 'worker-1'];
const SCHEMAS = { status: V2StatusEventSchema, end: V2EndEventSchema };

function Counter({ onLines }: { onLines: (n: number) => void }) {
  const { log } = useJobLogStream(URL, WORKERS, SCHEMAS);
  onLines(log.merged.length);
  return null;
}

describe('useJobLogStream', () => {
  beforeEach(() => {
    forgetLogs();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('resumes every worker after its last line when the hidden view shows again', () => {
    let lines = 0;
    const tab = (visible: boolean) => (
      <Activity mode={visible ? 'visible' : 'hidden'}>
        <Counter onLines={(n) => (lines = n)} />
      </Activity>
    );
    const view = render(tab(true));
    const first = FakeEventSource.latest();
    act(() => first.emit('log', { worker: 'worker-0', lines: ['a', 'b'] }, '0:42'));
    act(() => first.emit('log', { worker: 'worker-1', lines: ['c'] }, '0:42,1:7'));
    view.rerender(tab(false));
    view.rerender(tab(true));
    const second = FakeEventSource.latest();
    expect(FakeEventSource.instances.filter((s) => s.readyState !== 2)).toHaveLength(1);
    expect(second.url).toBe(`${URL}&last_event_id=${encodeURIComponent('0:42,1:7')}`);
    act(() => second.emit('log', { worker: 'worker-1', lines: ['d'] }, '0:42,1:9'));
    expect(lines).toBe(4);
  });

  it('mounted again (signed in again) keeps the lines and resumes after them', () => {
    let lines = 0;
    const first = render(<Counter onLines={(n) => (lines = n)} />);
    act(() => FakeEventSource.latest().emit('log', { worker: 'worker-0', lines: ['a'] }, '0:4'));
    first.unmount();
    render(<Counter onLines={(n) => (lines = n)} />);
    expect(lines).toBe(1);
    expect(FakeEventSource.latest().url).toBe(`${URL}&last_event_id=0%3A4`);
  });
});
