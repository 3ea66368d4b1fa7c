import type { CSSProperties } from 'react';
import { GUTTER_WIDTH } from './log-row.js';
import { t } from '../../lib/i18n/i18n.js';

interface Props {
  number: number;
  failed: boolean;
  /** Marked from the address (`?line=N`) while its text is still being read. */
  current: boolean;
  rowIndex: number;
  style: CSSProperties;
}

const BAR: CSSProperties = {
  display: 'inline-block',
  width: '40ch',
  maxWidth: '60%',
  height: 8,
  marginTop: 6,
  borderRadius: 4,
  background: 'linear-gradient(90deg, #2b2f36, #3a3f47, #2b2f36)',
};

/**
 * A line of the log the browser does not hold (dropped, or never read): its number and a grey
 * bar while its page is read, or a note when the read failed (it is read again when scrolled to).
 */
export function MissingRow({ number, failed, current, rowIndex, style }: Props) {
  return (
    <div
      data-index={rowIndex}
      data-line-number={number}
      data-line-loading={failed ? undefined : 'true'}
      aria-busy={failed ? undefined : true}
      aria-current={current ? 'true' : undefined}
      style={{
        ...style,
        display: 'flex',
        ...(current ? { outline: '1px solid rgba(255, 214, 0, 0.6)' } : {}),
      }}
    >
      <span
        style={{
          flex: `0 0 ${GUTTER_WIDTH}`,
          textAlign: 'right',
          paddingRight: 12,
          color: '#9aa0a6',
          userSelect: 'none',
        }}
      >
        {number}
      </span>
      {failed ? (
        <span style={{ color: '#ffa8a8' }}>
          {t('This line could not be read; scroll to retry')}
        </span>
      ) : (
        <span style={BAR} title={t('Loading line {{number}}…', { number })} />
      )}
    </div>
  );
}
