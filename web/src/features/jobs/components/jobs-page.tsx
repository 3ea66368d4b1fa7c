import {
  Button,
  Card,
  Group,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { RowSelectionState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { useSearchParams, Link } from 'react-router';
import { DroppedItemsNotice } from '../../../components/dropped-items-notice.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { RoleNote } from '../../../components/role-note.js';
import { canStopRow } from '../api/job-row-actions.js';
import { useJobActions } from '../hooks/use-job-actions.js';
import { useListPermissions } from '../hooks/use-list-permissions.js';
import { useJobList } from '../hooks/use-job-list.js';
import {
  canSortByName,
  DEFAULT_FILTERS,
  filtersToParams,
  PAGE_SIZES,
  parseFilters,
  withFilter,
  type JobListFilters,
} from '../list-filters.js';
import { BulkActions } from './bulk-actions.js';
import { JobListToolbar } from './job-list-toolbar.js';
import { LazyJobRowMenu } from './lazy-row-menu.js';
import { JobsTable } from './jobs-table.js';
import { RefreshControl } from './refresh-control.js';
import type { SortState } from './sort-header.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { msg } from '../../../lib/i18n/msg.js';

function TableSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-label={t('Loading training jobs')} aria-busy="true">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

function EmptyState({ filtered, answered }: { filtered: boolean; answered?: string }) {
  const { t } = useTranslation();
  if (answered)
    return (
      <Stack align="center" py="xl" gap="xs">
        <Text fw={500}>
          {filtered
            ? t('No {{apis}} training jobs match these filters', { apis: answered })
            : t('No {{apis}} training jobs', { apis: answered })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('The other job list did not answer; it is retried automatically.')}
        </Text>
      </Stack>
    );
  return (
    <Stack align="center" py="xl" gap="xs">
      <Text fw={500}>
        {filtered ? t('No training jobs match these filters') : t('No training jobs yet')}
      </Text>
      <Text size="sm" c="dimmed">
        {filtered
          ? t('Change or clear the filters.')
          : t('Create one to train a model on ModelArts.')}
      </Text>
    </Stack>
  );
}

const CONTROL_LABELS = {
  first: msg('First page'),
  previous: msg('Previous page'),
  next: msg('Next page'),
  last: msg('Last page'),
} as const;

/** The API versions whose list answered, when the others failed ("v1"). */
const answeredApis = (failed: readonly string[], and: string) =>
  (['v1', 'v2'] as const).filter((a) => !failed.includes(a)).join(and);

function isFiltered(f: JobListFilters): boolean {
  return f.api !== DEFAULT_FILTERS.api || f.status !== null || f.q !== '' || f.range !== 'any';
}

/** The router starts the list's first page before the page draws (app/prefetch-loader.ts). */
export { prefetchJobList as prefetchPage } from '../api/prefetch-job-list.js';

export function JobsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const allowed = useListPermissions();
  const list = useJobList(filters, allowed.me);
  const [chosen, setSelection] = useState<RowSelectionState>({});
  // Only rows on this page count: keys of deleted jobs or of another page are dropped.
  const selected = list.rows.filter((r) => chosen[r.key]);
  const selection: RowSelectionState = Object.fromEntries(selected.map((r) => [r.key, true]));
  const { stopAction, deleteAction, busy, isBusy } = useJobActions();
  const portal = allowed.role !== undefined;
  const othersHidden = list.rows.some(
    (r) => canStopRow(r) && allowed.stop(r.api) && !allowed.stopRow(r),
  );
  const update = (patch: Partial<JobListFilters>) => {
    setSelection({});
    setParams(filtersToParams(withFilter(filters, patch)));
  };
  const showTable = !list.isPending && !list.allFailed;
  // past the last page (jobs deleted, an old link): go to the last page, keeping history clean
  const pastEnd = !list.isFetching && list.total > 0 && filters.page > list.pageCount;
  useEffect(() => {
    if (pastEnd)
      setParams(filtersToParams({ ...filters, page: list.pageCount }), { replace: true });
  }, [pastEnd, filters, list.pageCount, setParams]);
  const sort: SortState = {
    sort: filters.sort,
    order: filters.order,
    blocked: (field) =>
      field === 'name' && !canSortByName(filters)
        ? t(
            'Sorting by name needs no time range, or v2 jobs only: the v1 list cannot filter by time',
          )
        : null,
    onSort: (field, order) => update({ sort: field, order }),
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('Training jobs')}
          </Title>
          <Group gap="md" mih={30}>
            {showTable && (
              <Text size="sm" c="dimmed" data-testid="job-count">
                {t('{{count}} jobs', { count: list.total })}
              </Text>
            )}
            <RefreshControl
              onRefresh={list.refresh}
              isFetching={list.isFetching}
              updatedAt={list.updatedAt}
              autoRefresh={list.autoRefresh}
            />
          </Group>
        </div>
        <Stack gap={4} align="flex-end">
          <Group gap="xs">
            {allowed.createV1 && (
              <Button component={Link} to={paths.createJob.href()}>
                {t('Create training job')}
              </Button>
            )}
            {allowed.createV2 && (
              <Button component={Link} to={paths.v2CreateJob.href()} variant="light">
                {t('Create v2 training job')}
              </Button>
            )}
          </Group>
          <RoleNote role={allowed.role} verbs={allowed.missing} what={msg('jobs')} />
        </Stack>
      </Group>
      <JobListToolbar filters={filters} onChange={update} showMine={portal} />
      {filters.mine && (
        <Text size="xs" c="dimmed" data-testid="mine-note">
          {t(
            'Mine: the v2 jobs of this page that you started through this console (v1 jobs keep no creator the console can show).',
          )}
        </Text>
      )}
      {selected.length > 0 && allowed.anyAction && (
        <BulkActions
          rows={selected}
          stopAction={stopAction}
          deleteAction={deleteAction}
          busy={busy}
          onClear={() => setSelection({})}
          allowStop={selected.every((r) => allowed.stopRow(r))}
          allowDelete={allowed.remove('v1') && allowed.remove('v2')}
        />
      )}
      {list.error !== null &&
        (list.allFailed ? (
          <ErrorAlert error={list.error} title={t('Could not load training jobs')} />
        ) : (
          <ErrorAlert
            error={list.error}
            color="yellow"
            title={t('Showing only some jobs: the {{apis}} job list did not answer', {
              apis: list.failedApis.join(t(' and ')),
            })}
          />
        ))}
      <DroppedItemsNotice lists={[{ what: t('jobs'), dropped: list.dropped }]} />
      <Card withBorder padding="sm" radius="md">
        {list.isPending && <TableSkeleton />}
        {showTable && list.rows.length === 0 && (
          <EmptyState
            filtered={isFiltered(filters)}
            answered={
              list.failedApis.length > 0 ? answeredApis(list.failedApis, t(' and ')) : undefined
            }
          />
        )}
        {showTable && list.rows.length > 0 && (
          <JobsTable
            jobs={list.rows}
            selection={selection}
            onSelectionChange={setSelection}
            selectable={allowed.anyAction}
            showCreator={portal}
            sort={sort}
            actions={(row) => (
              <LazyJobRowMenu
                row={row}
                stopAction={stopAction}
                deleteAction={deleteAction}
                busy={isBusy(row)}
                allowStop={allowed.stopRow(row)}
                allowDelete={allowed.remove(row.api)}
              />
            )}
          />
        )}
      </Card>
      {othersHidden && (
        <Text size="xs" c="dimmed" data-testid="owner-note">
          {t('As an operator you may stop only your own jobs: Stop is not offered on the others.')}
        </Text>
      )}
      {showTable && (
        <Group justify="space-between">
          <nav aria-label={t('Pages')}>
            <Pagination
              total={list.pageCount}
              value={Math.min(filters.page, list.pageCount)}
              onChange={(page) => update({ page })}
              getItemProps={(page) => ({
                'aria-label': t('Page {{page}}', { page }),
                ...(page === filters.page ? { 'aria-current': 'page' } : {}),
              })}
              getControlProps={(control) => ({ 'aria-label': t(CONTROL_LABELS[control]) })}
            />
          </nav>
          <Select
            aria-label={t('Jobs per page')}
            w={150}
            allowDeselect={false}
            data={PAGE_SIZES.map((n) => ({ value: String(n), label: t('{{n}} per page', { n }) }))}
            value={String(filters.size)}
            onChange={(v) => update({ size: Number(v ?? DEFAULT_FILTERS.size) })}
          />
        </Group>
      )}
    </Stack>
  );
}
