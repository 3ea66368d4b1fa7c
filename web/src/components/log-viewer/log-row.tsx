import { memo, type CSSProperties, type Ref } from 'react';
import { AnsiText } from './ansi-text.js';
import type { LineLevel } from './log-levels.js';
import { splitMatches } from './log-search.js';
import classes from './log-viewer.module.css';
import { t } from '../../lib/i18n/i18n.js';

export const GUTTER_CH = 7;
/** The gutter's width: the viewer sets `--log-gutter` to fit its largest line number. */
export const GUTTER_WIDTH = `var(--log-gutter, ${GUTTER_CH}ch)`;

/** `--log-gutter` for a log whose largest line number is `last` (a digit of room to spare). */
export function gutterFor(last: number): string {
  return `${Math.max(GUTTER_CH, String(last).length + 1)}ch`;
}
export const LOG_LINE_HEIGHT = 20;

/** Where a row of the virtual list sits (`start`: its offset from the top, px). */
export function rowStyle(start: number, wrap: boolean): CSSProperties {
  return {
    position: 'absolute',
    top: 0,
    left: 0,
    minWidth: '100%',
    width: wrap ? '100%' : undefined,
    transform: `translateY(${start}px)`,
    ...(wrap ? { minHeight: LOG_LINE_HEIGHT } : { height: LOG_LINE_HEIGHT }),
    lineHeight: `${LOG_LINE_HEIGHT}px`,
  };
}

interface Props {
  text: string;
  /** 1-based place in the viewer's buffer (data-log-line, as tests and e2e read it). */
  index: number;
  /** The line's number in the whole log (what links name). */
  number: number;
  /** False: the number is not known yet (a preview): none is shown. */
  numbered?: boolean;
  level: LineLevel;
  /** Marked from the address (`?line=N`). */
  current: boolean;
  /** The search, when this line matches it; `currentMatch`: the match the search is on. */
  search: RegExp | null;
  currentMatch: boolean;
  wrap: boolean;
  onNumberClick?: (number: number) => void;
  onCopy: (number: number, text: string) => void;
  style: CSSProperties;
  rowIndex: number;
  ref?: Ref<HTMLDivElement>;
}

const LEVEL_STYLE: Record<'error' | 'warning', CSSProperties> = {
  error: { background: 'rgba(250, 82, 82, 0.16)', boxShadow: 'inset 3px 0 #ff6b6b' },
  warning: { background: 'rgba(250, 176, 5, 0.12)', boxShadow: 'inset 3px 0 #fcc419' },
};

const gutter: CSSProperties = {
  flex: `0 0 ${GUTTER_WIDTH}`,
  // the width is the digits' (padding apart): a button is border-box, which left 6-digit numbers
  // wider than their gutter, each row's text starting elsewhere
  boxSizing: 'content-box',
  textAlign: 'right',
  paddingRight: 12,
  color: '#9aa0a6',
  background: 'none',
  border: 0,
  font: 'inherit',
  userSelect: 'none',
};

const MARK: CSSProperties = { background: '#ffd43b', color: '#14161a', borderRadius: 2 };
const CURRENT_MARK: CSSProperties = { ...MARK, background: '#ff922b', outline: '1px solid #fff' };

/** One log line: its number (a link to it), its text (ANSI colours, or search marks), copy. */
export const LogRow = memo(function LogRow(p: Props) {
  const marked = p.current
    ? { background: 'rgba(255, 214, 0, 0.22)', outline: '1px solid rgba(255, 214, 0, 0.6)' }
    : p.level
      ? LEVEL_STYLE[p.level]
      : undefined;
  return (
    <div
      ref={p.ref}
      data-index={p.rowIndex}
      data-line-number={p.numbered === false ? undefined : p.number}
      data-level={p.level ?? undefined}
      data-current-match={p.currentMatch ? 'true' : undefined}
      aria-current={p.current ? 'true' : undefined}
      className={classes.row}
      style={{ ...p.style, display: 'flex', alignItems: 'flex-start', ...marked }}
    >
      <button
        type="button"
        className={classes.number}
        style={{ ...gutter, cursor: p.onNumberClick ? 'pointer' : 'default' }}
        aria-label={
          p.numbered === false ? undefined : t('Link to line {{number}}', { number: p.number })
        }
        aria-hidden={p.numbered === false ? true : undefined}
        disabled={!p.onNumberClick}
        onClick={() => p.onNumberClick?.(p.number)}
      >
        {p.numbered === false ? '' : p.number}
      </button>
      <div
        data-log-line={p.index}
        style={{
          whiteSpace: p.wrap ? 'pre-wrap' : 'pre',
          wordBreak: p.wrap ? 'break-all' : undefined,
          paddingRight: 12,
          minWidth: 0,
        }}
      >
        {p.search ? (
          splitMatches(p.text, p.search).map((s, i) =>
            s.match ? (
              <mark key={i} style={p.currentMatch ? CURRENT_MARK : MARK}>
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )
        ) : (
          <AnsiText text={p.text} />
        )}
      </div>
      <button
        type="button"
        className={classes.copy}
        aria-label={
          p.numbered === false ? t('Copy line') : t('Copy line {{number}}', { number: p.number })
        }
        onClick={() => p.onCopy(p.number, p.text)}
      >
        Copy
      </button>
    </div>
  );
});
