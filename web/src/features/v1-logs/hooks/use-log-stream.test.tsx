import { act, render, screen } from '@testing-library/react';
import { Activity } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
});
