import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { auditQueryOptions } from '../api/audit.js';
import { auditFiltersToParams, isFiltered, parseAuditFilters } from '../audit-filters.js';
import { AuditFilterBar } from './audit-filter-bar.js';
import { AuditTable } from './audit-table.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

function Loading() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-label={t('Loading the audit trail')} aria-busy="true">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

function Empty({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl" gap="xs">
      <Text fw={500}>
        {filtered ? t('No actions match these filters') : t('No actions recorded yet')}
      </Text>
      <Text size="sm" c="dimmed">
        {filtered
          ? t('Change or clear the filters.')
          : t('Every job created, stopped or deleted through the console appears here.')}
      </Text>
    </Stack>
  );
}

/** "Audit trail" (admins): who changed what in this project, newest first, filtered. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);
  const audit = useQuery(auditQueryOptions(filters));
  const entries = audit.data?.entries ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('Audit trail')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('Who created, changed, stopped or deleted what in this project, newest first.')}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          onClick={() => void audit.refetch()}
          loading={audit.isFetching}
        >
          {t('Refresh')}
        </Button>
      </Group>
      <AuditFilterBar
        filters={filters}
        onChange={(next) => setParams(auditFiltersToParams(next), { replace: true })}
      />
      {audit.isError && (
        <ErrorAlert error={audit.error} title={t('Could not load the audit trail')} />
      )}
      {!audit.isError && (
        <Card withBorder padding="sm" radius="md">
          {audit.isPending && <Loading />}
          {audit.isSuccess && entries.length === 0 && <Empty filtered={isFiltered(filters)} />}
          {audit.isSuccess && entries.length > 0 && <AuditTable entries={entries} />}
        </Card>
      )}
    </Stack>
  );
}
