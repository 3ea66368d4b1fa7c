import { Box } from '@mantine/core';
import type { DiagnosisLine } from '@console/shared';

interface Props {
  lines: readonly DiagnosisLine[];
  /** The line to mark (the error line). */
  mark?: number;
  label: string;
}

/** A few numbered log lines, the error line marked, in the log viewer's colours. */
export function ErrorExcerpt({ lines, mark, label }: Props) {
  return (
    <Box
      component="pre"
      aria-label={label}
      m={0}
      p="xs"
      style={{
        background: '#14161a',
        color: '#e6e6e6',
        borderRadius: 6,
        fontSize: 12.5,
        lineHeight: '20px',
        overflowX: 'auto',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      }}
    >
      {lines.map((l) => {
        const marked = l.line === mark;
        return (
          <div
            key={l.line}
            data-line={l.line}
            aria-current={marked ? 'true' : undefined}
            style={{
              display: 'flex',
              background: marked ? 'rgba(250, 82, 82, 0.28)' : undefined,
              fontWeight: marked ? 700 : undefined,
            }}
          >
            <span
              aria-hidden
              style={{ color: '#9aa0a6', minWidth: '6ch', textAlign: 'right', paddingRight: 12 }}
            >
              {l.line}
            </span>
            <span style={{ whiteSpace: 'pre' }}>{l.text}</span>
          </div>
        );
      })}
    </Box>
  );
}
