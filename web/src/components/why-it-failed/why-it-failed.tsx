import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { DiagnosisEvent, DiagnosisKind, DiagnosisWorker } from '@console/shared';
import { Link } from 'react-router';
import { diagnosisQueryOptions, type DiagnosisTarget } from '../../lib/diagnosis-query.js';
import { ErrorAlert } from '../error-alert.js';
import { formatNumber } from '../../lib/i18n/format.js';
import * as i18n from '../../lib/i18n/i18n.js';
import { msg } from '../../lib/i18n/msg.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';
import { ErrorExcerpt } from './error-excerpt.js';
import { formatTime } from '../format.js';

interface Props {
  target: DiagnosisTarget;
  /** The job page's address of a worker's log line (`?line=N`, with the worker). */
  lineHref: (worker: DiagnosisWorker, line: number) => string;
}

/** The BFF's name of each kind of error line, in the console's language where shown. */
const KIND_WORDS: Record<DiagnosisKind, string> = {
  traceback: msg('Python exception'),
  oom: msg('Out of memory'),
  killed: msg('Process killed'),
  fatal: msg('Fatal error'),
  error: msg('Error'),
  service: msg('Training service'),
};

/** Event levels in words; a level not listed is shown as sent. */
const LEVEL_WORDS: Record<string, string> = {
  Info: msg('Info'),
  Warning: msg('Warning'),
  Error: msg('Error'),
};

/** An event's time as the console shows times (`2026-12-06 20:04:53`), else as sent. */
const eventTime = (time: string) => {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? time : formatTime(ms);
};

const SIGNALS: Record<number, string> = {
  6: 'SIGABRT',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  15: 'SIGTERM',
};

/** "stopped by SIGTERM"-like words for an exit code over 128 (a shell's code for a signal). */
export function signalOf(code: number | null): string | null {
  if (code === null || code <= 128 || code > 128 + 64) return null;
  const n = code - 128;
  const name = SIGNALS[n];
  return name
    ? i18n.t('ended by signal {{n}} ({{name}})', { n, name })
    : i18n.t('ended by signal {{n}}', { n });
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

function WorkerFinding({ w, lineHref }: { w: DiagnosisWorker; lineHref: Props['lineHref'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={`why-${w.worker}`}>
      <Group gap="xs">
        <Text fw={600} ff="monospace" size="sm">
          {w.worker}
        </Text>
        {w.exit_code !== null && (
          <Badge color={w.exit_code === 0 ? 'gray' : 'red'} variant="light" tt="none">
            {t('exit code {{code}}', { code: w.exit_code })}
          </Badge>
        )}
        {signalOf(w.exit_code) && (
          <Text size="sm" c="dimmed">
            {signalOf(w.exit_code)}
          </Text>
        )}
        {w.error && (
          <Text size="sm" c="dimmed">
            {t(KIND_WORDS[w.error.kind] ?? w.error.label)}
          </Text>
        )}
      </Group>
      {w.error ? (
        <>
          <Text size="sm" fw={600} ff="monospace" style={{ wordBreak: 'break-word' }}>
            {w.error.text}
          </Text>
          <ErrorExcerpt
            lines={w.error.context}
            mark={w.error.line}
            label={t('Log of {{worker}} around the error', { worker: w.worker })}
          />
          <Anchor component={Link} to={lineHref(w, w.error.line)} size="sm">
            {t('Show line {{line}} in the log', { line: formatNumber(w.error.line) })}
          </Anchor>
        </>
      ) : w.problem ? (
        <Text size="sm" c="orange">
          {w.problem}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {w.truncated
              ? t(
                  'No error line in the first {{size}} of the log (the console searches no further; download the log to look on).',
                  { size: mb(w.bytes_read) },
                )
              : t('No line of this log looks like an error. It ends with:')}
          </Text>
          {w.tail.length > 0 && (
            <ErrorExcerpt
              lines={w.tail}
              label={t('Last lines of {{worker}}', { worker: w.worker })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function Events({ events }: { events: readonly DiagnosisEvent[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('Events')}
      </Text>
      {events.map((e, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <Badge
            size="sm"
            variant="light"
            color={/error/i.test(e.level) ? 'red' : 'yellow'}
            tt="none"
          >
            {t(LEVEL_WORDS[e.level] ?? e.level)}
          </Badge>
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {e.message}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {eventTime(e.time)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** "Why it failed": what the BFF found in a failed job's logs and events, above the fold. */
export function WhyItFailed({ target, lineHref }: Props) {
  const { t } = useTranslation();
  const q = useQuery(diagnosisQueryOptions(target));
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label={t('Why it failed')}
      style={{ borderLeft: '4px solid var(--mantine-color-red-7)' }}
    >
      <Title order={2} size="h4" mb="xs">
        {t('Why it failed')}
      </Title>
      {q.isPending ? (
        <Stack gap={6} aria-busy="true">
          <Text size="sm" c="dimmed">
            {t('Looking for the error in the log…')}
          </Text>
          <Skeleton height={80} radius="sm" />
        </Stack>
      ) : q.isError ? (
        <ErrorAlert error={q.error} title={t('Could not look for the error')} />
      ) : (
        <Stack gap="md">
          {q.data.workers.length === 0 && q.data.events.length === 0 && (
            <Text size="sm">{t('The job failed before any worker wrote a log.')}</Text>
          )}
          {q.data.workers.map((w) => (
            <WorkerFinding key={w.worker} w={w} lineHref={lineHref} />
          ))}
          {q.data.events.length > 0 && <Events events={q.data.events} />}
        </Stack>
      )}
    </Card>
  );
}
