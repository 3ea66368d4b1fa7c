import { Card, Code, Group, Title } from '@mantine/core';
import type { TrainingJobVersion } from '@console/shared';
import { DefinitionList } from '../../../components/definition-list.js';
import { formatDuration, formatTime } from '../../../components/format.js';

const dash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '—' : String(v);
const path = (v: string | null | undefined) => (v ? <Code>{v}</Code> : '—');

function dataPath(job: TrainingJobVersion): string | null | undefined {
  const obs = job.data_source?.find((s) => s.data_url)?.data_url;
  return obs ?? job.data_url;
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
export function JobSummary({ job }: { job: TrainingJobVersion }) {
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
          {
            term: 'AI engine',
            value: job.engine_name ? `${job.engine_name} ${dash(job.engine_version)}` : '—',
          },
          { term: 'Workers', value: dash(job.worker_server_num) },
          { term: 'Code directory', value: path(job.app_url) },
          { term: 'Boot file', value: path(job.boot_file_url) },
          { term: 'Data path', value: path(dataPath(job)) },
          { term: 'Output path', value: path(job.train_url) },
          { term: 'Hyperparameters', value: hyperparameters(job) },
          { term: 'Description', value: dash(job.job_desc) },
        ]}
      />
    </Card>
  );
}
