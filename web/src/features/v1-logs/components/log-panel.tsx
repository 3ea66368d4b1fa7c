import { Alert, Anchor, Card, Group, Select, Skeleton, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { StatusEvent } from '@console/shared';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useLineLink } from '../../../lib/log-line-link.js';
import type { OlderSearchQuery } from '../../../lib/log-search-stream.js';
import {
  logDownloadUrl,
  logFilesQueryOptions,
  logSearchUrl,
  logStreamUrl,
} from '../api/log-files.js';
import { useLogStream } from '../hooks/use-log-stream.js';
import { LogViewer } from '../../../components/log-viewer/log-viewer.js';
import { StreamIndicator } from '../../../components/log-viewer/stream-indicator.js';

interface Props {
  jobId: number;
  versionId: number;
  /** Runs on each `status`/`end` event of the stream (e.g. to refetch the job). */
  onStatus?: (event: StatusEvent) => void;
}

function LogStreamView({
  url,
  downloadUrl,
  searchUrl,
  onStatus,
  fileSelect,
  targetLine,
  onLineLink,
}: {
  url: string;
  downloadUrl: string;
  searchUrl: (q: OlderSearchQuery) => string;
  onStatus?: Props['onStatus'];
  fileSelect: ReactNode;
  targetLine: number | null;
  onLineLink: (line: number) => void;
}) {
  const stream = useLogStream(url, onStatus);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={2} size="h4">
            Logs
          </Title>
          <StreamIndicator state={stream.state} />
          <Text size="xs" c="dimmed">
            {stream.lines.length.toLocaleString()} lines
            {stream.dropped > 0 ? ` (oldest ${stream.dropped.toLocaleString()} dropped)` : ''}
          </Text>
        </Group>
        <Group gap="sm">
          <Anchor href={downloadUrl} size="xs" download>
            Download full log
          </Anchor>
          {fileSelect}
        </Group>
      </Group>
      {stream.error && (
        <Alert color="red" mb="xs" role="alert">
          {stream.error}
        </Alert>
      )}
      <LogViewer
        lines={stream.lines}
        revision={stream.revision}
        firstLine={stream.dropped + 1}
        targetLine={targetLine}
        onLineLink={onLineLink}
        olderSearchUrl={searchUrl}
      />
    </>
  );
}

/** The live log of one job version: picks a log file and streams it over SSE. */
export function LogPanel({ jobId, versionId, onStatus }: Props) {
  const files = useQuery(logFilesQueryOptions(jobId, versionId));
  const [chosen, setChosen] = useState<string | null>(null);
  const linked = useLineLink('file');
  const fileNames = files.data ?? [];
  const pick = chosen ?? linked.worker;
  const logFile = pick && fileNames.includes(pick) ? pick : (fileNames[0] ?? null);
  // `?line=N` names a line of the linked file (of the only file when none is named)
  const targetLine = !linked.worker || linked.worker === logFile ? linked.line : null;

  const fileSelect =
    fileNames.length > 1 ? (
      <Select
        aria-label="Log file"
        size="xs"
        data={fileNames}
        value={logFile}
        onChange={(v) => setChosen(v)}
        allowDeselect={false}
        w={240}
      />
    ) : logFile ? (
      <Text size="xs" c="dimmed" ff="monospace">
        {logFile}
      </Text>
    ) : null;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Logs">
      {logFile ? (
        <LogStreamView
          key={logFile}
          url={logStreamUrl(jobId, versionId, logFile)}
          downloadUrl={logDownloadUrl(jobId, versionId, logFile)}
          searchUrl={(q) => logSearchUrl(jobId, versionId, logFile, q)}
          onStatus={onStatus}
          fileSelect={fileSelect}
          targetLine={targetLine}
          onLineLink={(line) => linked.link(logFile, line)}
        />
      ) : (
        <>
          <Title order={2} size="h4" mb="xs">
            Logs
          </Title>
          {files.isError ? (
            <ErrorAlert error={files.error} title="Could not list log files" />
          ) : (
            <Skeleton height={120} radius="sm" aria-label="Waiting for the log file" />
          )}
        </>
      )}
    </Card>
  );
}
