import { creatorOf } from '../../../lib/job-owner.js';
import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AutoSearchSchema,
  type AutoSearch,
  isSearchJob,
  isV2Terminal,
  v2Endpoints,
  v2PhaseInfo,
  type V2StatusEvent,
} from '@console/shared';
import { useCallback, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { BucketBadge } from '../../../components/bucket-badge.js';
import { DefinitionList } from '../../../components/definition-list.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { WhyItFailed } from '../../../components/why-it-failed/why-it-failed.js';
import { lineSearch } from '../../../lib/log-line-link.js';
import { formatDuration, formatTime } from '../../../components/format.js';
import { ObsPathLink } from '../../../components/obs-path-link.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { v2JobQueryOptions } from '../api/v2-job.js';
import { algorithmSummary, autoStopSummary, engineSummary, resourceSummary } from '../job-facts.js';
import { DescriptionEditor } from './description-editor.js';
import { EventsTimeline } from './events-timeline.js';
import { V2JobActions } from './job-actions.js';
import { MetricsCharts } from './metrics-charts.js';
import { TasksTable } from './tasks-table.js';
import { JobSettingsCard } from './settings/job-settings-card.js';
import { SaveAsAlgorithm } from './save-as-algorithm.js';
import { canSaveAsAlgorithm } from '../to-algorithm-request.js';
import { paths } from '../../../config/paths.js';
import { v2SecondaryPhaseWord } from '../../../components/status-words.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** What app/routes puts into the page: the page knows no other feature. */
export interface V2JobSlots {
  /** The trials of a hyperparameter-search job, above the logs. */
  renderTrials?: (props: { jobId: string; search: AutoSearch; live: boolean }) => ReactNode;
  /** The logs of the job's tasks. */
  renderLogs?: (props: {
    jobId: string;
    tasks: readonly string[];
    onStatus: (event: V2StatusEvent) => void;
  }) => ReactNode;
}

export function V2JobPage({ renderTrials, renderLogs }: V2JobSlots) {
  const { t } = useTranslation();
  const jobId = useParams().jobId ?? '';
  const queryClient = useQueryClient();
  const job = useQuery(v2JobQueryOptions(jobId));
  const perms = usePermissions();
  const shown = job.data?.status;
  // The log stream says the job's status when it opens and when it ends: the job (and its metrics
  // and events) are read again only when that is not what the page shows — else every opening of
  // a finished job read them twice more.
  const refresh = useCallback(
    (event: V2StatusEvent) => {
      const same =
        shown?.phase === event.phase && (shown.secondary_phase ?? '') === event.secondary_phase;
      if (same) return;
      void queryClient.invalidateQueries({ queryKey: jobKeys.v2Job(jobId) });
      void queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
    [queryClient, jobId, shown],
  );

  const back = (
    <Anchor component={Link} to={paths.jobs.href()} size="sm">
      ← {t('Training jobs')}
    </Anchor>
  );
  if (job.isPending)
    return (
      <Stack gap="md">
        {back}
        <Skeleton height={200} radius="md" aria-label={t('Loading job')} />
      </Stack>
    );
  if (job.isError)
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={job.error} title={t('Could not load the training job')} />
      </Stack>
    );

  const data = job.data;
  const phase = v2PhaseInfo(data.status.phase);
  const secondary = data.status.secondary_phase;
  const live = !isV2Terminal(data.status.phase);
  const tasks = data.status.tasks ?? [];
  const search = AutoSearchSchema.safeParse(data.algorithm?.policies?.auto_search).data;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">
              {data.metadata.name}
            </Title>
            <Badge variant="outline" color="violet" tt="none">
              v2
            </Badge>
            <BucketBadge
              label={phase.label}
              bucket={phase.bucket}
              status={phase.phase}
              title={secondary ? v2SecondaryPhaseWord(secondary) : undefined}
              testId="job-status"
            />
            {secondary && secondary !== data.status.phase && (
              <Text size="sm" c="dimmed">
                {v2SecondaryPhaseWord(secondary)}
              </Text>
            )}
          </Group>
          <DescriptionEditor
            jobId={jobId}
            description={data.metadata.description ?? ''}
            editable={perms.can(v2Endpoints.updateJobDescription)}
          />
        </div>
        <V2JobActions
          jobId={jobId}
          name={data.metadata.name}
          phase={data.status.phase}
          creator={creatorOf(data.metadata)}
        >
          {perms.can(v2Endpoints.createAlgorithm) && canSaveAsAlgorithm(data) && (
            <SaveAsAlgorithm job={data} />
          )}
        </V2JobActions>
      </Group>
      {phase.bucket === 'failed' && (
        <WhyItFailed
          target={{ api: 'v2', jobId }}
          lineHref={(w, line) => lineSearch('task', w.worker, line)}
        />
      )}
      <Card withBorder radius="md" padding="md" component="section" aria-label={t('Job details')}>
        <DefinitionList
          cols={3}
          items={[
            {
              term: t('Job id'),
              value: (
                <Text ff="monospace" size="sm">
                  {data.metadata.id}
                </Text>
              ),
            },
            { term: t('Created'), value: formatTime(data.metadata.create_time) },
            ...(perms.role
              ? [
                  {
                    term: t('Created by'),
                    value: creatorOf(data.metadata) ?? t('— (not started through this console)'),
                  },
                ]
              : []),
            { term: t('Duration'), value: formatDuration(data.status.duration) },
            { term: t('Algorithm'), value: algorithmSummary(data) },
            { term: t('Engine'), value: engineSummary(data) },
            { term: t('Resources'), value: resourceSummary(data) },
            { term: t('Auto stop'), value: autoStopSummary(data) },
            ...(data.algorithm?.working_dir
              ? [{ term: t('Working directory'), value: data.algorithm.working_dir }]
              : []),
            ...(data.algorithm?.code_dir
              ? [
                  {
                    term: t('Code directory'),
                    value: <ObsPathLink path={data.algorithm.code_dir} />,
                  },
                ]
              : []),
            ...(data.spec?.log_export_path?.obs_url
              ? [
                  {
                    term: t('Log export path'),
                    value: <ObsPathLink path={data.spec.log_export_path.obs_url} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <JobSettingsCard job={data} />
      <Card withBorder radius="md" padding="md" component="section" aria-label={t('Tasks')}>
        <Title order={2} size="h4" mb="xs">
          {t('Tasks')}
        </Title>
        <TasksTable job={data} />
      </Card>
      {isSearchJob(search) && renderTrials?.({ jobId, search, live })}
      {renderLogs?.({ jobId, tasks, onStatus: refresh })}
      <MetricsCharts
        jobId={jobId}
        tasks={tasks}
        live={live}
        startMs={data.status.start_time}
        durationMs={data.status.duration}
      />
      <EventsTimeline jobId={jobId} live={live} />
    </Stack>
  );
}
