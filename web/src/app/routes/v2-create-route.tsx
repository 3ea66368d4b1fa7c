import { Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { paths } from '../../config/paths.js';
import { V2CreatePage } from '../../features/v2-create/components/v2-create-page.js';
import { fromV2Job } from '../../features/v2-create/from-v2-job.js';
import { v2JobQueryOptions } from '../../features/v2-detail/api/v2-job.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** The v2 create form, blank or pre-filled from a job (`?from=<job id>`, "Copy"). */
export function V2CreateRoute() {
  const { t } = useTranslation();
  const from = useSearchParams()[0].get('from') ?? '';
  const job = useQuery({
    ...v2JobQueryOptions(from),
    enabled: from !== '',
    refetchInterval: false,
  });
  if (!from) return <V2CreatePage />;
  if (job.isError)
    return (
      <Stack gap="md">
        <Anchor component={Link} to={paths.v2Job.href(from)} size="sm">
          ← {t('Job')}
        </Anchor>
        <ErrorAlert error={job.error} title={t('Could not load the job to copy')} />
      </Stack>
    );
  if (!job.data) return <Skeleton height={480} radius="md" aria-label={t('Loading form')} />;
  const source = job.data.metadata;
  return (
    <V2CreatePage
      key={from}
      initialValues={fromV2Job(job.data)}
      origin={
        <Text size="sm">
          {t('Pre-filled from job')}{' '}
          <Anchor component={Link} to={paths.v2Job.href(source.id)}>
            {source.name}
          </Anchor>
          {t('; edit what should change and create.')}
        </Text>
      }
    />
  );
}
