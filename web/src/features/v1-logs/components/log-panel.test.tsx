import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../../../test/fake-event-source.js';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { LogPanel } from './log-panel.js';

const VIEWPORT = 400;
const FILE = 'job-jobtest-tf.0';
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');

function setScroll(el: HTMLElement, scrollHeight: number) {
  Object.defineProperty(el, 'scrollHeight', { configurable: true, value: scrollHeight });
}

async function openPanel(onStatus = vi.fn(), path = '/') {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      jsonFetch({
        'GET /api/v1/training-jobs/11/versions/22/log/file-names': {
          body: { is_success: true, log_file_list: ['job-jobtest-tf.0'] },
        },
      }),
    ),
  );
  const { router } = renderRoute(<LogPanel jobId={11} versionId={22} onStatus={onStatus} />, {
    path,
    route: '/',
  });
  await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
  const source = FakeEventSource.latest();
  act(() => source.open());
  return { source, onStatus, router };
}

describe('LogPanel', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => VIEWPORT,
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });

  it('streams the first log file and appends each line as its own element', async () => {
    const { source } = await openPanel();
    expect(source.url).toBe('/api/logs/job/v1/11/22?workers=job-jobtest-tf.0');
    expect(screen.getByRole('region', { name: 'Logs' })).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();

    act(() =>
      source.emit('log', { worker: FILE, lines: ['step 1 loss=0.91', 'step 2 loss=0.64'] }, '0:1'),
    );
    act(() => source.emit('log', { worker: FILE, lines: ['\u001b[31mred alert\u001b[0m'] }, '0:2'));

    const line = screen.getByText('step 2 loss=0.64');
    expect(line.closest('[data-log-line]')?.textContent).toBe('step 2 loss=0.64');
    expect(screen.getByText('red alert').closest('[data-log-line]')?.textContent).toBe('red alert');
    expect(screen.getByText('red alert')).toHaveStyle({ color: 'rgb(187, 0, 0)' });
    expect(screen.getByText(/^3 lines/)).toBeInTheDocument();
  });

  it('pauses following when scrolled up and jumps back to the latest line', async () => {
    const { source } = await openPanel();
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
    act(() => source.emit('log', { worker: FILE, lines }, '0:100'));
    const scroller = screen.getByRole('log');
    setScroll(scroller, 100 * 20);
    expect(screen.queryByRole('button', { name: 'Jump to latest' })).not.toBeInTheDocument();

    scroller.scrollTop = 0;
    fireEvent.scroll(scroller);
    const jump = await screen.findByRole('button', { name: 'Jump to latest' });

    act(() => source.emit('log', { worker: FILE, lines: ['line 101'] }, '0:101'));
    expect(scroller.scrollTop).toBe(0);

    fireEvent.click(jump);
    expect(scroller.scrollTop).toBe(2000);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Jump to latest' })).not.toBeInTheDocument(),
    );
  });

  it('reports status changes and ends with the stream', async () => {
    const { source, onStatus } = await openPanel();
    act(() => source.drop());
    expect(screen.getByText('Reconnecting')).toBeInTheDocument();
    act(() => source.open());
    act(() => source.emit('status', { status: 8, name: 'JOBSTAT_RUNNING' }));
    expect(onStatus).toHaveBeenCalledWith({ status: 8, name: 'JOBSTAT_RUNNING' });
    act(() => source.emit('end', { status: 10, name: 'JOBSTAT_COMPLETED' }));
    expect(screen.getByText('Ended')).toBeInTheDocument();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(onStatus).toHaveBeenCalledTimes(2);
  });

  it('opens ?line=N at that line, marked, and a clicked line number goes into the address', async () => {
    // jsdom does not scroll: make an element's scrollTo move it and say so, as a browser does
    const scrollTo = vi.fn(function (this: HTMLElement, opts?: ScrollToOptions | number) {
      this.scrollTop = typeof opts === 'object' ? (opts.top ?? 0) : 0;
      this.dispatchEvent(new Event('scroll'));
    });
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
      configurable: true,
      value: scrollTo,
    });
    const { source, router } = await openPanel(vi.fn(), '/?line=60&file=job-jobtest-tf.0');
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
    setScroll(screen.getByRole('log'), 100 * 20);
    act(() => source.emit('log', { worker: FILE, lines }, '0:100'));
    const marked = await waitFor(() => {
      const el = document.querySelector('[aria-current="true"]');
      expect(el).not.toBeNull();
      return el;
    });
    expect(marked?.getAttribute('data-line-number')).toBe('60');
    expect(marked?.textContent).toContain('line 60');
    expect(screen.queryByRole('button', { name: 'Jump to latest' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download full log' })).toHaveAttribute(
      'href',
      '/api/logs/v1/11/22/download?log_file=job-jobtest-tf.0',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Link to line 61' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?line=61&file=job-jobtest-tf.0'),
    );
    expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-line-number')).toBe(
      '61',
    );
    expect(scrollTo).toHaveBeenCalled();
    Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo');
  });
});

describe('LogPanel with several workers', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => VIEWPORT,
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });

  it('follows every log file over one stream; the picker shows all of them or one', async () => {
    const files = ['job-a.0', 'job-a.1', 'job-a.2'];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        jsonFetch({
          'GET /api/v1/training-jobs/11/versions/22/log/file-names': {
            body: { is_success: true, log_file_list: files },
          },
        }),
      ),
    );
    renderRoute(<LogPanel jobId={11} versionId={22} />, { path: '/', route: '/' });
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    const source = FakeEventSource.latest();
    expect(source.url).toBe('/api/logs/job/v1/11/22?workers=job-a.0,job-a.1,job-a.2');
    act(() => source.open());
    act(() => source.emit('log', { worker: 'job-a.2', lines: ['c1'] }, '2:5'));
    act(() => source.emit('log', { worker: 'job-a.0', lines: ['a1', 'a2'] }, '0:7,2:5'));
    const shown = () =>
      [...document.querySelectorAll('[data-log-line]')].map((el) => el.textContent ?? '');
    expect(shown()).toEqual(['[job-a.2] c1', '[job-a.0] a1', '[job-a.0] a2']);
    expect(screen.getByText(/in arrival order/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getAllByLabelText('Log file')[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'job-a.0', hidden: true }));
    await waitFor(() => expect(shown()).toEqual(['a1', 'a2']));
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('shows a long log’s latest lines, unnumbered, while the BFF counts it; its first lines replace them', async () => {
    const { source } = await openPanel();
    act(() => source.emit('preview', { worker: FILE, lines: ['tail 1', 'tail 2'] }));
    const shown = () =>
      [...document.querySelectorAll('[data-log-line]')].map((el) => el.textContent ?? '');
    expect(shown()).toEqual(['tail 1', 'tail 2']);
    expect(screen.getByText(/Counting the lines of this long log/)).toBeInTheDocument();
    // no count of lines until they are counted
    expect(screen.getByText(/^0 lines/)).not.toBeVisible();
    expect(document.querySelector('[data-line-number]')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Link to line/ })).toBeNull();

    act(() =>
      source.emit(
        'log',
        {
          worker: FILE,
          lines: ['[console] 998 lines skipped: scroll up', 'tail 1', 'tail 2'],
          console: [0],
        },
        '0:1000',
      ),
    );
    expect(screen.queryByText(/Counting the lines of this long log/)).toBeNull();
    expect(screen.getByText(/^2 lines/)).toBeVisible();
    // numbered as the log: line 1 at the top (read by number), the 998 before the tail counted
    expect(document.querySelector('[data-line-number="1"]')).not.toBeNull();
    // 998 rows before the 2 lines held (read by number as they scroll into view): 1,000 rows
    expect(screen.getByTestId('log-scroll').firstElementChild).toHaveStyle({ height: '20000px' });
  });

  it('a preview that comes after the first lines is not shown', async () => {
    const { source } = await openPanel();
    act(() => source.emit('log', { worker: FILE, lines: ['l1'] }, '0:1'));
    act(() => source.emit('preview', { worker: FILE, lines: ['stale'] }));
    expect(screen.queryByText('stale')).toBeNull();
    expect(screen.queryByText(/Counting the lines/)).toBeNull();
  });
});
