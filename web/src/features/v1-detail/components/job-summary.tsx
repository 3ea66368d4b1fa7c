import { Card, Code, Group, Title } from '@mantine/core';
import type { TrainingJobVersion } from '@console/shared';
import type { ReactNode } from 'react';
import { DefinitionList } from '../../../components/definition-list.js';
import { formatDuration, formatTime } from '../../../components/format.js';
import { ObsPathLink } from '../../../components/obs-path-link.js';
import * as i18n from '../../../lib/i18n/i18n.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

const dash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '—' : String(v);
const path = (v: string | null | undefined) => (v ? <Code>{v}</Code> : '—');

function dataText(job: TrainingJobVersion) {
  if (job.data_source?.length) {
    return (
      <Group gap={4}>
        {job.data_source.map((s, i) => (
          <Code key={i}>
            {s.data_url ??
              i18n.t('dataset {{id}} @ {{version}}', {
                id: s.dataset_id ?? '',
                version: s.dataset_version ?? '',
              })}
          </Code>
        ))}
      </Group>
    );
  }
  if (job.dataset_id) {
    return (
      <Code>
        {i18n.t('dataset {{id}} @ {{version}}', {
          id: job.dataset_name ?? job.dataset_id,
          version: job.dataset_version_name ?? job.dataset_version_id ?? '',
        })}
      </Code>
    );
  }
  return path(job.data_url);
}

function codeText(job: TrainingJobVersion) {
  if (job.user_image_url) return <Code>{job.user_image_url}</Code>;
  if (job.model_id) return i18n.t('Built-in algorithm {{id}}', { id: job.model_id });
  return job.engine_name ? `${job.engine_name} ${dash(job.engine_version)}` : '—';
}

function volumesText(job: TrainingJobVersion) {
  if (!job.volumes?.length) return '—';
  return (
    <Group gap={4}>
      {job.volumes.map((v, i) => {
        const body = 'nfs' in v ? v.nfs : v.host_path;
        return (
          <Code key={i}>
            {'nfs' in v ? 'nfs' : 'host_path'} {body.src_path} → {body.dest_path}
            {body.read_only ? ` ${i18n.t('(ro)')}` : ''}
          </Code>
        );
      })}
    </Group>
  );
}

function specText(job: TrainingJobVersion): string {
  const code =
    job.spec_code ??
    job.flavor_code ??
    (job.spec_id ? i18n.t('spec {{id}}', { id: job.spec_id }) : null);
  const shape = job.core
    ? ` (${i18n.t('{{cores}} cores, {{memory}} GB', { cores: job.core, memory: dash(job.cpu) })})`
    : '';
  return code ? `${code}${shape}` : '—';
}

function hyperparameters(job: TrainingJobVersion) {
  if (!job.parameter || job.parameter.length === 0) return '—';
  return (
    <Group gap={4}>
      {job.parameter.map((p) => (
        <Code key={p.label}>
          --{p.label}={String(p.value)}
        </Code>
      ))}
    </Group>
  );
}

/** Timings and configuration of one job version. */
export function JobSummary({
  job,
  description,
}: {
  job: TrainingJobVersion;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="job-summary-title"
    >
      <Title order={2} size="h5" mb="sm" id="job-summary-title">
        {t('Details')}
      </Title>
      <DefinitionList
        cols={3}
        items={[
          { term: t('Created'), value: formatTime(job.create_time) },
          { term: t('Started'), value: formatTime(job.start_time) },
          { term: t('Duration'), value: formatDuration(job.duration) },
          { term: t('Resource specification'), value: specText(job) },
          { term: job.user_image_url ? t('Custom image') : t('AI engine'), value: codeText(job) },
          { term: t('Workers'), value: dash(job.worker_server_num) },
          { term: t('Code directory'), value: <ObsPathLink path={job.app_url} /> },
          { term: t('Boot file'), value: path(job.boot_file_url) },
          ...(job.user_command
            ? [{ term: t('Boot command'), value: <Code>{job.user_command}</Code> }]
            : []),
          { term: t('Data path'), value: dataText(job) },
          { term: t('Output path'), value: <ObsPathLink path={job.train_url} /> },
          { term: t('Log path'), value: <ObsPathLink path={job.log_url} /> },
          { term: t('Hyperparameters'), value: hyperparameters(job) },
          { term: t('Volumes'), value: volumesText(job) },
          { term: t('Description'), value: description ?? dash(job.job_desc) },
        ]}
      />
    </Card>
  );
}
