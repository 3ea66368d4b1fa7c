import { Anchor, Button, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { v1Endpoints, v1StatusInfo, type StatusEvent } from '@console/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { WhyItFailed } from '../../../components/why-it-failed/why-it-failed.js';
import { lineSearch } from '../../../lib/log-line-link.js';
import { RoleNote } from '../../../components/role-note.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { StatusBadge } from '../../../components/status-badge.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import { jobDetailQueryOptions } from '../api/job-detail.js';
import { DeleteJobButton } from './delete-job-button.js';
import { DescriptionEditor } from './description-editor.js';
import { JobSummary } from './job-summary.js';
import { MetricsCharts } from './metrics-charts.js';
import { StopJobButton } from './stop-job-button.js';
import { VersionsPanel } from './versions-panel.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** What app/routes puts into the page: the page knows no other feature. */
export interface JobDetailSlots {
  /** The version's log, below its metrics. */
  renderLogs?: (props: {
    jobId: number;
    versionId: number;
    onStatus: (event: StatusEvent) => void;
  }) => ReactNode;
}

function useIds(): { jobId: number; versionId: number } | null {
  const params = useParams();
  const jobId = Number(params.jobId);
  const versionId = Number(params.versionId);
  if (!Number.isSafeInteger(jobId) || !Number.isSafeInteger(versionId)) return null;
  return { jobId, versionId };
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.jobs.href()} size="sm">
      ← {t('Training jobs')}
    </Anchor>
  );
}

function JobDetail({
  jobId,
  versionId,
  renderLogs,
}: { jobId: number; versionId: number } & JobDetailSlots) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const job = useQuery(jobDetailQueryOptions(jobId, versionId));
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'versions' ? 'versions' : 'overview';
  const perms = usePermissions();
  const shown = job.data?.status;
  // The log stream says the status when it opens and when it ends: read the job again only when
  // that is not what the page shows (else every opening of a finished job read it twice more).
  const onStatus = useCallback(
    (event: StatusEvent) => {
      if (event.status === shown) return;
      void queryClient.invalidateQueries({ queryKey: jobKeys.detail('v1', jobId, versionId) });
      void queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
    [queryClient, jobId, versionId, shown],
  );

  if (job.isPending) {
    return (
      <Stack>
        <BackLink />
        <Skeleton height={36} width={320} />
        <Skeleton height={260} radius="md" aria-label={t('Loading job')} />
      </Stack>
    );
  }
  if (job.isError) {
    return (
      <Stack>
        <BackLink />
        <ErrorAlert error={job.error} title={t('Could not load the training job')} />
      </Stack>
    );
  }
  const name = job.data.job_name ?? t('Job {{id}}', { id: jobId });
  return (
    <Stack gap="md">
      <div>
        <BackLink />
        <Group justify="space-between" align="center" mt={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {name}
            </Title>
            <StatusBadge status={job.data.status} testId="job-status" />
            <Text size="sm" c="dimmed">
              {job.data.version_name}
            </Text>
          </Group>
          <Group gap="xs">
            {perms.can(v1Endpoints.stopVersion) && (
              <StopJobButton
                jobId={jobId}
                versionId={versionId}
                versionName={job.data.version_name}
                status={job.data.status}
              />
            )}
            {perms.can(v1Endpoints.createVersion) && (
              <Button
                variant="light"
                component={Link}
                to={paths.v1NewVersion.href(jobId, versionId)}
              >
                {t('New version')}
              </Button>
            )}
            {perms.can(v1Endpoints.createJob) && (
              <Button
                variant="default"
                component={Link}
                to={paths.createJob.href(undefined, { jobId, versionId })}
                title={t(
                  "Open the create form filled in with this version's settings, as a new job",
                )}
              >
                {t('Copy')}
              </Button>
            )}
            {perms.can(v1Endpoints.createConfig) && (
              <Button
                variant="default"
                component={Link}
                to={paths.createConfig.href({ jobId, versionId })}
              >
                {t('Save as configuration')}
              </Button>
            )}
            {perms.can(v1Endpoints.deleteJob) && <DeleteJobButton jobId={jobId} jobName={name} />}
          </Group>
        </Group>
        <Group justify="flex-end">
          <RoleNote
            role={perms.role}
            verbs={perms.missing([
              [v1Endpoints.stopVersion, 'stop'],
              [v1Endpoints.createVersion, 'copy'],
              [v1Endpoints.createConfig, 'copy'],
              [v1Endpoints.deleteJob, 'delete'],
            ])}
            what={t('this job')}
          />
        </Group>
      </div>
      {v1StatusInfo(job.data.status).bucket === 'failed' && (
        <WhyItFailed
          target={{ api: 'v1', jobId, versionId }}
          lineHref={(w, line) => lineSearch('file', w.log_file ?? w.worker, line)}
        />
      )}
      <Tabs
        value={tab}
        onChange={(v) => setSearch(v === 'versions' ? { tab: 'versions' } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="overview">{t('Overview')}</Tabs.Tab>
          <Tabs.Tab value="versions">{t('Versions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="md">
            <JobSummary
              job={job.data}
              description={
                <DescriptionEditor
                  jobId={jobId}
                  value={job.data.job_desc ?? ''}
                  editable={perms.can(v1Endpoints.updateJobDescription)}
                />
              }
            />
            <MetricsCharts version={job.data} readAt={job.dataUpdatedAt} />
            {renderLogs?.({ jobId, versionId, onStatus })}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          {tab === 'versions' && <VersionsPanel jobId={jobId} currentVersionId={versionId} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function JobDetailPage({ renderLogs }: JobDetailSlots) {
  const { t } = useTranslation();
  const ids = useIds();
  if (!ids) {
    return (
      <ErrorAlert
        error={new Error(t('The job or version id in the address is not a number.'))}
        title={t('Not found')}
      />
    );
  }
  return <JobDetail key={`${ids.jobId}/${ids.versionId}`} {...ids} renderLogs={renderLogs} />;
}
