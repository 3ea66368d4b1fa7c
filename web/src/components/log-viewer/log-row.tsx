import { memo, type CSSProperties } from 'react';
import { AnsiText } from './ansi-text.js';

export const GUTTER_CH = 7;

interface Props {
  text: string;
  /** 1-based place in the viewer's buffer (data-log-line, as tests and e2e read it). */
  index: number;
  /** The line's number in the whole log (what links name). */
  number: number;
  current: boolean;
  onNumberClick?: (number: number) => void;
  style: CSSProperties;
}

const gutter: CSSProperties = {
  flex: `0 0 ${GUTTER_CH}ch`,
  textAlign: 'right',
  paddingRight: 12,
  color: '#9aa0a6',
  background: 'none',
  border: 0,
  font: 'inherit',
  cursor: 'pointer',
  userSelect: 'none',
};

/** One log line: its number (a link to it) and its text with ANSI colours. */
export const LogRow = memo(function LogRow({
  text,
  index,
  number,
  current,
  onNumberClick,
  style,
}: Props) {
  return (
    <div
      data-line-number={number}
      aria-current={current ? 'true' : undefined}
      style={{
        ...style,
        display: 'flex',
        background: current ? 'rgba(255, 214, 0, 0.22)' : undefined,
        outline: current ? '1px solid rgba(255, 214, 0, 0.6)' : undefined,
      }}
    >
      <button
        type="button"
        style={gutter}
        aria-label={`Link to line ${number}`}
        onClick={() => onNumberClick?.(number)}
      >
        {number}
      </button>
      <div data-log-line={index} style={{ whiteSpace: 'pre', paddingRight: 12 }}>
        <AnsiText text={text} />
      </div>
    </div>
  );
});
