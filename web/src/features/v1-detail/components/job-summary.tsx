import { Card, Code, Group, Title } from '@mantine/core';
import type { TrainingJobVersion } from '@console/shared';
import type { ReactNode } from 'react';
import { DefinitionList } from '../../../components/definition-list.js';
import { formatDuration, formatTime } from '../../../components/format.js';
import { ObsPathLink } from '../../../components/obs-path-link.js';

const dash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '—' : String(v);
const path = (v: string | null | undefined) => (v ? <Code>{v}</Code> : '—');

function dataText(job: TrainingJobVersion) {
  if (job.data_source?.length) {
    return (
      <Group gap={4}>
        {job.data_source.map((s, i) => (
          <Code key={i}>
            {s.data_url ?? `dataset ${s.dataset_id ?? ''} @ ${s.dataset_version ?? ''}`}
          </Code>
        ))}
      </Group>
    );
  }
  if (job.dataset_id) {
    return (
      <Code>
        dataset {job.dataset_name ?? job.dataset_id} @{' '}
        {job.dataset_version_name ?? job.dataset_version_id}
      </Code>
    );
  }
  return path(job.data_url);
}

function codeText(job: TrainingJobVersion) {
  if (job.user_image_url) return <Code>{job.user_image_url}</Code>;
  if (job.model_id) return `Built-in algorithm ${job.model_id}`;
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
            {body.read_only ? ' (ro)' : ''}
          </Code>
        );
      })}
    </Group>
  );
}

function specText(job: TrainingJobVersion): string {
  const code = job.spec_code ?? job.flavor_code ?? (job.spec_id ? `spec ${job.spec_id}` : null);
  const shape = job.core ? ` (${job.core} cores, ${dash(job.cpu)} GB)` : '';
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
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="job-summary-title"
    >
      <Title order={2} size="h5" mb="sm" id="job-summary-title">
        Details
      </Title>
      <DefinitionList
        cols={3}
        items={[
          { term: 'Created', value: formatTime(job.create_time) },
          { term: 'Started', value: formatTime(job.start_time) },
          { term: 'Duration', value: formatDuration(job.duration) },
          { term: 'Resource specification', value: specText(job) },
          { term: job.user_image_url ? 'Custom image' : 'AI engine', value: codeText(job) },
          { term: 'Workers', value: dash(job.worker_server_num) },
          { term: 'Code directory', value: <ObsPathLink path={job.app_url} /> },
          { term: 'Boot file', value: path(job.boot_file_url) },
          ...(job.user_command
            ? [{ term: 'Boot command', value: <Code>{job.user_command}</Code> }]
            : []),
          { term: 'Data path', value: dataText(job) },
          { term: 'Output path', value: <ObsPathLink path={job.train_url} /> },
          { term: 'Log path', value: <ObsPathLink path={job.log_url} /> },
          { term: 'Hyperparameters', value: hyperparameters(job) },
          { term: 'Volumes', value: volumesText(job) },
          { term: 'Description', value: description ?? dash(job.job_desc) },
        ]}
      />
    </Card>
  );
}
