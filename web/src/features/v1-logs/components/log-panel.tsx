import { Alert, Anchor, Card, Group, Select, Skeleton, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  EndEventSchema,
  StatusEventSchema,
  jobLogStreamPaths,
  logLinesPaths,
  type StatusEvent,
} from '@console/shared';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { LogPreview } from '../../../components/log-viewer/log-preview.js';
import { LogViewer } from '../../../components/log-viewer/log-viewer.js';
import { MergedOrderNote } from '../../../components/log-viewer/merged-order-note.js';
import { StreamIndicator } from '../../../components/log-viewer/stream-indicator.js';
import { useLineLink } from '../../../lib/log-line-link.js';
import { useJobLogStream } from '../../../lib/use-job-log-stream.js';
import { logDownloadUrl, logFilesQueryOptions, logSearchUrl } from '../api/log-files.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { formatNumber } from '../../../lib/i18n/format.js';

interface Props {
  jobId: number;
  versionId: number;
  /** Runs on each `status`/`end` event of the stream (e.g. to refetch the job). */
  onStatus?: (event: StatusEvent) => void;
}

const MERGED = '__all__';
const SCHEMAS = { status: StatusEventSchema, end: EndEventSchema };

/**
 * Every log file (worker) of the version over one stream; the file picker shows one of them, or
 * all of them merged when there are several.
 */
function JobLogView({ jobId, versionId, files, onStatus }: Props & { files: readonly string[] }) {
  const { t } = useTranslation();
  const stream = useJobLogStream(
    jobLogStreamPaths.v1(jobId, versionId, files),
    files,
    SCHEMAS,
    onStatus,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const linked = useLineLink('file');
  const pick = chosen ?? linked.worker;
  const several = files.length > 1;
  const shown =
    pick && (files.includes(pick) || (several && pick === MERGED))
      ? pick
      : several
        ? MERGED
        : (files[0] ?? MERGED);
  const logFile = shown === MERGED ? null : shown;
  const active = logFile ? stream.log.of(logFile) : stream.log.merged;
  // a long log opened for the first time: its latest lines while the BFF counts the others
  const preview = logFile ? stream.log.of(logFile)?.preview : stream.log.mergedPreview;
  // `?line=N` names a line of the linked file (of the only file when none is named)
  const targetLine = logFile && (!linked.worker || linked.worker === logFile) ? linked.line : null;
  const errors = Object.entries(stream.workerErrors);

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={2} size="h4">
            {t('Logs')}
          </Title>
          <StreamIndicator state={stream.state} />
          <Text size="xs" c="dimmed" hidden={preview !== undefined}>
            {t('{{n}} lines', { count: active?.length ?? 0, n: formatNumber(active?.length ?? 0) })}
            {/* one file's older lines are read again as they are scrolled to (the viewer says so) */}
            {!logFile && active?.dropped
              ? ` ${t('(oldest {{n}} dropped)', { n: formatNumber(active.dropped) })}`
              : ''}
          </Text>
          {!logFile && <MergedOrderNote order={stream.log.merged.order} />}
        </Group>
        <Group gap="sm">
          {logFile && (
            <Anchor href={logDownloadUrl(jobId, versionId, logFile)} size="xs" download>
              {t('Download full log')}
            </Anchor>
          )}
          {several ? (
            <Select
              aria-label={t('Log file')}
              size="xs"
              data={[{ value: MERGED, label: t('All workers') }, ...files]}
              value={shown}
              onChange={(v) => setChosen(v)}
              allowDeselect={false}
              w={240}
            />
          ) : (
            <Text size="xs" c="dimmed" ff="monospace">
              {logFile}
            </Text>
          )}
        </Group>
      </Group>
      {stream.error && (
        <Alert color="red" mb="xs" role="alert">
          {stream.error}
        </Alert>
      )}
      {errors.map(([file, message]) => (
        <Alert key={file} color="red" mb="xs" role="alert">
          {file}: {message}
        </Alert>
      ))}
      {preview ? (
        <LogPreview key={shown} lines={preview} revision={stream.revision} />
      ) : (
        <LogViewer
          key={shown}
          lines={active?.lines ?? []}
          revision={stream.revision}
          firstLine={(active?.dropped ?? 0) + 1}
          targetLine={targetLine}
          onLineLink={logFile ? (line) => linked.link(logFile, line) : undefined}
          olderSearchUrl={logFile ? (q) => logSearchUrl(jobId, versionId, logFile, q) : undefined}
          olderLines={
            logFile
              ? { path: logLinesPaths.v1(jobId, versionId), query: { log_file: logFile } }
              : undefined
          }
        />
      )}
    </>
  );
}

/** The live log of one job version: every log file over one SSE stream, one or all shown. */
export function LogPanel({ jobId, versionId, onStatus }: Props) {
  const { t } = useTranslation();
  const files = useQuery(logFilesQueryOptions(jobId, versionId));
  const fileNames = files.data ?? [];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Logs')}>
      {fileNames.length > 0 ? (
        <JobLogView
          key={fileNames.join(',')}
          jobId={jobId}
          versionId={versionId}
          files={fileNames}
          onStatus={onStatus}
        />
      ) : (
        <>
          <Title order={2} size="h4" mb="xs">
            {t('Logs')}
          </Title>
          {files.isError ? (
            <ErrorAlert error={files.error} title={t('Could not list log files')} />
          ) : (
            <Skeleton height={120} radius="sm" aria-label={t('Waiting for the log file')} />
          )}
        </>
      )}
    </Card>
  );
}
