import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render.js';
import { LogViewer } from './log-viewer.js';

const LINES = [
  'epoch 1 loss=0.9',
  'WARNING: learning rate is high',
  'epoch 2 loss=0.7',
  'Traceback (most recent call last):',
  '  File "train.py", line 3',
  'RuntimeError: Loss is NaN',
  ...Array.from({ length: 94 }, (_, i) => `epoch ${i + 3} loss=0.${i}`),
];
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');

function rendered(): string[] {
  return [...document.querySelectorAll('[data-line-number]')].map(
    (el) => el.getAttribute('data-line-number') ?? '',
  );
}

describe('LogViewer', () => {
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 400,
    });
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get: () => 2000,
    });
    // jsdom does not scroll: scrollTo moves the element and says so, as a browser does
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
      configurable: true,
      value(this: HTMLElement, o?: ScrollToOptions) {
        this.scrollTop = o?.top ?? 0;
        this.dispatchEvent(new Event('scroll'));
      },
    });
  });
  afterEach(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
    Reflect.deleteProperty(HTMLElement.prototype, 'scrollHeight');
    Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo');
    vi.unstubAllGlobals();
  });

  it('widens the number gutter to the largest line number (7 digits and more)', () => {
    const { unmount } = renderRoute(<LogViewer lines={LINES} revision={1} firstLine={101} />);
    expect(screen.getByTestId('log-scroll').style.getPropertyValue('--log-gutter')).toBe('7ch');
    unmount();
    renderRoute(<LogViewer lines={LINES} revision={1} firstLine={999_950} />);
    // the last line is 1,000,049: 7 digits and a space
    expect(screen.getByTestId('log-scroll').style.getPropertyValue('--log-gutter')).toBe('8ch');
    // the gutter's width is its digits', its padding beside them (every row's text starts alike)
    const number = screen.getAllByRole('button', { name: /^Link to line / })[0]!;
    expect(number.style.boxSizing).toBe('content-box');
    expect(number.style.flex).toBe('0 0 var(--log-gutter, 7ch)');
  });

  it('unnumbered (a preview): no numbers, no links, copy names no line', () => {
    renderRoute(<LogViewer lines={LINES} revision={1} unnumbered />);
    expect(document.querySelectorAll('[data-log-line]').length).toBeGreaterThan(0);
    expect(rendered()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Link to line/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Copy line' }).length).toBeGreaterThan(0);
  });

  it('numbers lines from the first one kept and marks errors and warnings', () => {
    renderRoute(<LogViewer lines={LINES} revision={1} firstLine={101} />);
    expect(rendered()[0]).toBe('101');
    expect(document.querySelector('[data-line-number="106"]')?.getAttribute('data-level')).toBe(
      'error',
    );
    expect(document.querySelector('[data-line-number="102"]')?.getAttribute('data-level')).toBe(
      'warning',
    );
    expect(document.querySelector('[data-line-number="101"]')?.hasAttribute('data-level')).toBe(
      false,
    );
  });

  it('searches: counts, highlights, goes next and previous; regex and case toggles', async () => {
    renderRoute(<LogViewer lines={LINES} revision={1} />);
    const box = screen.getByRole('textbox', { name: 'Search the log' });
    fireEvent.change(box, { target: { value: 'loss is' } });
    expect(screen.getByRole('status')).toHaveTextContent('0 of 1');
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 1');
    const mark = document.querySelector('[data-current-match="true"] mark');
    expect(mark?.textContent).toBe('Loss is');

    await userEvent.click(screen.getByRole('button', { name: 'Match case' }));
    expect(screen.getByRole('status')).toHaveTextContent('No matches');

    fireEvent.change(box, { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Regular expression' }));
    fireEvent.change(box, { target: { value: 'epoch 9\\d ' } });
    expect(screen.getByRole('status')).toHaveTextContent('0 of 7');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(screen.getByRole('status')).toHaveTextContent('7 of 7');
    await waitFor(() => expect(rendered()).toContain('100'));
    expect(
      document.querySelector('[data-current-match="true"]')?.getAttribute('data-line-number'),
    ).toBe('100');

    fireEvent.change(box, { target: { value: '' } });
    fireEvent.change(box, { target: { value: '(' } });
    expect(screen.getByRole('status').textContent).toMatch(/./);
    expect(screen.getByRole('status')).not.toHaveTextContent(/of/);
  });

  it('filters by level, wraps, and copies a line without its colours', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderRoute(
      <LogViewer lines={['\u001b[31mERROR\u001b[0m disk full', ...LINES]} revision={1} />,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Errors' }));
    expect(rendered()).toEqual(['1', '5', '7']);
    await userEvent.click(screen.getByRole('radio', { name: 'Warnings and errors' }));
    expect(rendered()).toEqual(['1', '3', '5', '7']);

    await userEvent.click(screen.getByRole('switch', { name: 'Wrap lines' }));
    expect(document.querySelector('[data-log-line="1"]')).toHaveStyle({ whiteSpace: 'pre-wrap' });

    await userEvent.click(screen.getByRole('button', { name: 'Copy line 1' }));
    expect(writeText).toHaveBeenCalledWith('ERROR disk full');
  });

  it('searches the older lines on the server on demand, and shows their matches as they come', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          '{"line":12,"text":"Loss is NaN early"}\n{"line":4000,"text":"loss is nan again"}\n' +
            '{"done":true,"lines_read":5000,"matches":2,"truncated":false,"more":false}\n',
          { status: 200, headers: { 'content-type': 'application/x-ndjson' } },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    renderRoute(
      <LogViewer
        lines={LINES}
        revision={1}
        firstLine={5001}
        olderSearchUrl={(q) => `/search?q=${q.text}&case=${q.caseSensitive}&before=${q.before}`}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Search the log' }), {
      target: { value: 'loss is' },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Search the 5,000 older lines on the server' }),
    );
    expect(await screen.findByText('2 older lines match')).toBeInTheDocument();
    expect(screen.getByText('Loss is NaN early')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(
      '/search?q=loss is&case=false&before=5001',
      expect.anything(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Regular expression' }));
    expect(
      screen.getByText(/A regular expression searches the lines shown only/),
    ).toBeInTheDocument();
  });
});
