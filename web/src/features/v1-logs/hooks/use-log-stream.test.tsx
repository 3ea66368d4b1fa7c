import { act, render, screen } from '@testing-library/react';
import { Activity } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLogs, keepLogsFor } from '../../../lib/log-memory.js';
import { FakeEventSource } from '../../../test/fake-event-source.js';
import { useLogStream } from './use-log-stream.js';

const URL_ = '/api/logs/v1/1/2?log_file=job-a.0';

function Lines() {
  const stream = useLogStream(URL_);
  return <output aria-label="lines">{stream.lines.join('|')}</output>;
}

function Tab({ visible }: { visible: boolean }) {
  return (
    <Activity mode={visible ? 'visible' : 'hidden'}>
      <Lines />
    </Activity>
  );
}

describe('useLogStream', () => {
  beforeEach(() => {
    forgetLogs();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('resumes after its last line when a hidden tab shows again (issue 11: no line twice)', () => {
    const view = render(<Tab visible />);
    const first = FakeEventSource.latest();
    act(() => {
      first.open();
      first.emit('log', { lines: ['a', 'b'] }, '1700000000000000002');
    });
    view.rerender(<Tab visible={false} />);
    view.rerender(<Tab visible />);
    const second = FakeEventSource.latest();
    expect(second).not.toBe(first);
    expect(second.url).toBe(`${URL_}&last_event_id=1700000000000000002`);
    act(() => second.emit('log', { lines: ['c'] }, '1700000000000000003'));
    expect(screen.getByLabelText('lines', { selector: 'output' }).textContent).toBe('a|b|c');
  });

  const shown = () => screen.getByLabelText('lines', { selector: 'output' }).textContent;

  it('mounted again (signed in again after the session ended) shows its lines and resumes after them', () => {
    keepLogsFor('demo');
    const view = render(<Lines />);
    const first = FakeEventSource.latest();
    act(() => {
      first.open();
      first.emit('log', { lines: ['a', 'b'] }, '1700000000000000002');
      first.emit('error', { error_code: 'Console.0401', error_msg: 'Not signed in' });
    });
    view.unmount(); // the route goes to /login
    keepLogsFor('demo'); // the same account signs in again
    render(<Lines />); // and comes back to the job
    const second = FakeEventSource.latest();
    expect(second.url).toBe(`${URL_}&last_event_id=1700000000000000002`);
    expect(shown()).toBe('a|b');
    act(() => second.emit('log', { lines: ['c'] }, '1700000000000000003'));
    expect(shown()).toBe('a|b|c');
  });

  it('a BFF restart (the browser gave up) reopens after the last line: none twice', () => {
    vi.useFakeTimers();
    try {
      render(<Lines />);
      const first = FakeEventSource.latest();
      act(() => {
        first.open();
        first.emit('log', { lines: ['a'] }, '1700000000000000001');
        first.refuse();
      });
      act(() => vi.advanceTimersByTime(1000));
      const second = FakeEventSource.latest();
      expect(second).not.toBe(first);
      expect(second.url).toBe(`${URL_}&last_event_id=1700000000000000001`);
      act(() => second.emit('log', { lines: ['b'] }, '1700000000000000002'));
      expect(shown()).toBe('a|b');
    } finally {
      vi.useRealTimers();
    }
  });

  it('another account (or a sign-out) starts from the first line', () => {
    keepLogsFor('demo');
    const view = render(<Lines />);
    act(() => FakeEventSource.latest().emit('log', { lines: ['a'] }, '1700000000000000001'));
    view.unmount();
    keepLogsFor('someone-else');
    const again = render(<Lines />);
    expect(FakeEventSource.latest().url).toBe(URL_);
    expect(shown()).toBe('');
    act(() => FakeEventSource.latest().emit('log', { lines: ['x'] }, '1700000000000000001'));
    again.unmount();
    forgetLogs();
    render(<Lines />);
    expect(FakeEventSource.latest().url).toBe(URL_);
  });
});
