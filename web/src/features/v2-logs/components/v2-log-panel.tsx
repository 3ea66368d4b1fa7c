import { Alert, Badge, Card, Group, Tabs, Text, Title } from '@mantine/core';
import {
  V2EndEventSchema,
  V2StatusEventSchema,
  jobLogStreamPaths,
  logLinesPaths,
  type V2StatusEvent,
} from '@console/shared';
import { LogViewer } from '../../../components/log-viewer/log-viewer.js';
import { MergedOrderNote } from '../../../components/log-viewer/merged-order-note.js';
import { StreamIndicator } from '../../../components/log-viewer/stream-indicator.js';
import { useLineLink } from '../../../lib/log-line-link.js';
import { workerColor } from '../../../lib/merged-log-view.js';
import { useJobLogStream } from '../../../lib/use-job-log-stream.js';
import { v2LogSearchUrl } from '../api/task-log-urls.js';
import { TaskDownloads } from './task-downloads.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { formatNumber } from '../../../lib/i18n/format.js';

interface Props {
  jobId: string;
  tasks: readonly string[];
  onStatus?: (event: V2StatusEvent) => void;
}

const MERGED = '__all__';
const SCHEMAS = { status: V2StatusEventSchema, end: V2EndEventSchema };

/** ANSI colour 3x/9x as a CSS colour for the tab badges (same hue as the merged prefixes). */
const CSS_COLORS: Record<number, string> = {
  32: 'green',
  33: 'yellow',
  35: 'grape',
  36: 'cyan',
  91: 'red',
  93: 'yellow',
  94: 'blue',
  96: 'teal',
};

function LogStreams({ jobId, tasks, onStatus }: Props) {
  const { t } = useTranslation();
  // One stream for the whole job: the tabs below are filters of it.
  const logs = useJobLogStream(jobLogStreamPaths.v2(jobId, tasks), tasks, SCHEMAS, onStatus);
  // the shown task is in the address (`?task=…`, with `&line=N` for a linked line)
  const linked = useLineLink('task');
  const tab = linked.worker && tasks.includes(linked.worker) ? linked.worker : MERGED;
  const setTab = (v: string) => linked.select(v === MERGED ? null : v);
  const active = tab === MERGED ? logs.log.merged : logs.log.of(tab);
  const errors = Object.entries(logs.workerErrors);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={2} size="h4">
            {t('Logs')}
          </Title>
          <StreamIndicator state={logs.state} />
          <Text size="xs" c="dimmed">
            {t('{{n}} lines', { count: active?.length ?? 0, n: formatNumber(active?.length ?? 0) })}
          </Text>
          {tab === MERGED && tasks.length > 1 && <MergedOrderNote order={logs.log.merged.order} />}
        </Group>
        <TaskDownloads jobId={jobId} tasks={tasks} />
      </Group>
      {logs.error && (
        <Alert color="red" mb="xs" role="alert">
          {logs.error}
        </Alert>
      )}
      {errors.map(([task, message]) => (
        <Alert key={task} color="red" mb="xs" role="alert">
          {task}: {message}
        </Alert>
      ))}
      <Tabs value={tab} onChange={(v) => setTab(v ?? MERGED)} keepMounted={false}>
        <Tabs.List mb="xs">
          <Tabs.Tab value={MERGED}>{t('All workers')}</Tabs.Tab>
          {tasks.map((task, i) => (
            <Tabs.Tab
              key={task}
              value={task}
              leftSection={<Badge size="xs" circle color={CSS_COLORS[workerColor(i)] ?? 'gray'} />}
            >
              {task}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <div data-testid={tab === MERGED ? 'merged-log' : `task-log-${tab}`}>
        <LogViewer
          key={tab}
          lines={active?.lines ?? []}
          revision={logs.revision}
          firstLine={(active?.dropped ?? 0) + 1}
          targetLine={tab === MERGED ? null : linked.line}
          onLineLink={tab === MERGED ? undefined : (line) => linked.link(tab, line)}
          olderSearchUrl={tab === MERGED ? undefined : (q) => v2LogSearchUrl(jobId, tab, q)}
          olderLines={
            tab === MERGED || logs.log.of(tab)?.gap
              ? undefined
              : { path: logLinesPaths.v2(jobId, tab) }
          }
        />
      </div>
    </>
  );
}

/** Live logs of a v2 job: every task in one merged view (prefixed, coloured) or one task at a time. */
export function V2LogPanel({ jobId, tasks, onStatus }: Props) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Logs')}>
      {tasks.length === 0 ? (
        <>
          <Title order={2} size="h4" mb="xs">
            {t('Logs')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('The job has no tasks yet.')}
          </Text>
        </>
      ) : (
        <LogStreams key={tasks.join(',')} jobId={jobId} tasks={tasks} onStatus={onStatus} />
      )}
    </Card>
  );
}
