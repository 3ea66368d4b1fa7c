import { Alert, Box, Button, Group, Loader, Text } from '@mantine/core';
import type { LogSearchEnd, LogSearchMatch } from '@console/shared';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../lib/api-error.js';
import { streamLogSearch, type OlderSearchQuery } from '../../lib/log-search-stream.js';
import { t } from '../../lib/i18n/i18n.js';
import { formatNumber } from '../../lib/i18n/format.js';

interface Props {
  query: OlderSearchQuery;
  /** The address of the server-side search of this log for `query`. */
  url: (q: OlderSearchQuery) => string;
  /** A found line's number was clicked (the viewer shows that line); none: plain numbers. */
  onPick?: (line: number) => void;
}

const NUMBER = {
  color: '#9aa0a6',
  minWidth: '9ch',
  textAlign: 'right',
  paddingRight: 12,
} as const;

type State =
  | { phase: 'idle' }
  | { phase: 'running'; found: LogSearchMatch[] }
  | { phase: 'done'; found: LogSearchMatch[]; end: LogSearchEnd | null }
  | { phase: 'failed'; message: string };

/**
 * Lines older than the browser holds, found by the server (plain text), on demand: a button,
 * then the matches as they arrive, with their line numbers.
 */
export function OlderSearch({ query, url, onPick }: Props) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const key = `${query.text}\u0000${query.caseSensitive}\u0000${query.before}`;
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setState({ phase: 'idle' });
  }
  useEffect(() => () => abort.current?.abort(), [key]);

  const run = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const found: LogSearchMatch[] = [];
    setState({ phase: 'running', found });
    streamLogSearch(
      url(query),
      (m) => {
        found.push(m);
        setState({ phase: 'running', found: [...found] });
      },
      controller.signal,
    ).then(
      (end) => setState({ phase: 'done', found, end }),
      (err: unknown) => {
        if (!controller.signal.aborted)
          setState({ phase: 'failed', message: describeError(err).message });
      },
    );
  };

  if (state.phase === 'idle') {
    return (
      <Button size="compact-xs" variant="light" onClick={run} mb="xs">
        {t('Search the {{n}} older lines on the server', {
          count: query.before - 1,
          n: formatNumber(query.before - 1),
        })}
      </Button>
    );
  }
  if (state.phase === 'failed') {
    return (
      <Alert color="red" mb="xs" role="alert" title={t('The older lines could not be searched')}>
        {state.message}
      </Alert>
    );
  }
  const { found } = state;
  const end = state.phase === 'done' ? state.end : null;
  return (
    <Box mb="xs" aria-label={t('Older matching lines')} component="section">
      <Group gap="xs" mb={4}>
        {state.phase === 'running' && <Loader size="xs" aria-label={t('Searching older lines')} />}
        <Text size="xs" c="dimmed" role="status">
          {state.phase === 'running'
            ? t('Searching older lines… {{count}} found', { count: found.length })
            : t('{{count}} older lines match', { count: found.length }) +
              (end?.more ? t(' (the first ones shown)') : '') +
              (end?.truncated ? t(' — the log is too long to search all of it; download it') : '')}
        </Text>
      </Group>
      {found.length > 0 && (
        <Box
          style={{
            maxHeight: 160,
            overflow: 'auto',
            background: '#1d2026',
            color: '#e6e6e6',
            borderRadius: 6,
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            fontSize: 12.5,
            lineHeight: '20px',
            padding: '4px 0',
          }}
        >
          {found.map((m) => (
            <div key={m.line} style={{ display: 'flex', whiteSpace: 'pre' }}>
              {onPick ? (
                <button
                  type="button"
                  onClick={() => onPick(m.line)}
                  aria-label={t('Show line {{number}}', { number: m.line })}
                  style={{
                    ...NUMBER,
                    background: 'none',
                    border: 0,
                    font: 'inherit',
                    cursor: 'pointer',
                    textDecoration: 'underline',
                  }}
                >
                  {m.line}
                </button>
              ) : (
                <span style={NUMBER}>{m.line}</span>
              )}
              <span>{m.text}</span>
            </div>
          ))}
        </Box>
      )}
    </Box>
  );
}
