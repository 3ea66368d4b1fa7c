import {
  Anchor,
  Badge,
  Checkbox,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
  type MantineBreakpoint,
} from '@mantine/core';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowSelectionState,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BucketBadge } from '../../../components/bucket-badge.js';
import { formatDuration, formatTime } from '../../../components/format.js';
import { V1_OWNER_UNKNOWN } from '../../../lib/job-owner.js';
import type { JobRow } from '../job-rows.js';
import type { SortField } from '../list-filters.js';
import { ariaSort, SortHeader, type SortState } from './sort-header.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { t } from '../../../lib/i18n/i18n.js';
import { msg } from '../../../lib/i18n/msg.js';

/** Columns sorted server-side on both APIs; the others cannot be merged in one order. */
const SORTABLE: Record<string, { field: SortField; label: string }> = {
  name: { field: 'name', label: msg('Name') },
  createTime: { field: 'create_time', label: msg('Created') },
};

/**
 * Columns that give way on narrow screens (from 768 px the others fit without cutting a badge):
 * shown from this breakpoint up (Mantine's `visibleFrom`).
 */
const SHOWN_FROM: Partial<Record<string, MantineBreakpoint>> = {
  description: 'lg',
  createdBy: 'lg',
};

const column = createColumnHelper<JobRow>();

const select = column.display({
  id: 'select',
  header: ({ table }) => (
    <Checkbox
      aria-label={t('Select all jobs on this page')}
      checked={table.getIsAllRowsSelected()}
      indeterminate={table.getIsSomeRowsSelected()}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  ),
  cell: ({ row }) => (
    <Checkbox
      aria-label={t('Select {{name}}', { name: row.original.name })}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  ),
});

const dataColumns = [
  column.accessor('name', {
    header: msg('Name'),
    cell: (ctx) => (
      <Anchor
        component={Link}
        to={ctx.row.original.href}
        fw={500}
        style={{ overflowWrap: 'anywhere' }}
        // the user's own words: never machine-translated
        translate="no"
      >
        {ctx.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('api', {
    header: msg('API'),
    cell: (ctx) => (
      <Badge
        variant="outline"
        color={ctx.getValue() === 'v2' ? 'violet' : 'gray'}
        tt="none"
        miw="max-content"
      >
        {ctx.getValue()}
      </Badge>
    ),
  }),
  column.accessor('statusLabel', {
    header: msg('Status'),
    cell: (ctx) => (
      <BucketBadge
        label={t(ctx.getValue())}
        bucket={ctx.row.original.bucket}
        status={ctx.row.original.statusCode}
      />
    ),
  }),
  column.accessor('createTime', {
    header: msg('Created'),
    cell: (ctx) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatTime(ctx.getValue())}
      </Text>
    ),
  }),
  column.accessor('duration', {
    header: msg('Duration'),
    cell: (ctx) => <Text size="sm">{formatDuration(ctx.getValue())}</Text>,
  }),
  column.accessor('description', {
    header: msg('Description'),
    cell: (ctx) => (
      <Text size="sm" c="dimmed" lineClamp={1} translate="no">
        {ctx.getValue() || '—'}
      </Text>
    ),
  }),
];

/** Team portal: who started a v2 job through this console ("—" otherwise; v1 unknown). */
const createdBy = column.accessor('createdBy', {
  header: () => (
    <Tooltip
      label={t(
        'Who started the job through this console — shown for v2 jobs only: ModelArts v1 keeps no creator the console can read',
      )}
      multiline
      w={280}
    >
      <span>{t('Created by')}</span>
    </Tooltip>
  ),
  cell: (ctx) => {
    const who = ctx.getValue();
    if (who === undefined)
      return (
        <Tooltip label={t(V1_OWNER_UNKNOWN)} multiline w={280}>
          <Text size="sm" c="dimmed" aria-label={t('Creator not shown for v1 jobs')}>
            —
          </Text>
        </Tooltip>
      );
    return (
      <Text size="sm" c={who ? undefined : 'dimmed'} data-testid="created-by">
        {who ?? '—'}
      </Text>
    );
  },
});

/**
 * The actions cell is rendered by the table body itself (below), never as a column `cell`
 * function: flexRender treats a function as a component type, so one made inside render would be a
 * new type on every render (an auto-refresh, a selection) and remount the row's menu, closing it
 * under the user's pointer.
 */
const actionsColumn = column.display({
  id: 'actions',
  header: () => <VisuallyHidden>{t('Actions')}</VisuallyHidden>,
});

interface Props {
  jobs: JobRow[];
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  /** The last cell of a row: its actions. */
  actions: (row: JobRow) => ReactNode;
  /** false when the user may not act on any job (no checkboxes then). */
  selectable?: boolean;
  /** Team portal: the "Created by" column. */
  showCreator?: boolean;
  /** The list's order; its column titles change it. */
  sort: SortState;
}

export function JobsTable({
  jobs,
  selection,
  onSelectionChange,
  actions,
  selectable = true,
  showCreator = false,
  sort,
}: Props) {
  // the columns' words are read through `t` as they render: this subscribes the table to the language
  useTranslation();
  const columns = [
    ...(selectable ? [select] : []),
    ...(showCreator
      ? [...dataColumns.slice(0, 3), createdBy, ...dataColumns.slice(3)]
      : dataColumns),
    actionsColumn,
  ] as ColumnDef<JobRow>[];
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table re-renders with its data
  const table = useReactTable({
    data: jobs,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.key,
    state: { rowSelection: selection },
    onRowSelectionChange: onSelectionChange,
    enableRowSelection: selectable,
  });
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('Training jobs')}>
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => {
              const sortable = SORTABLE[header.column.id];
              return sortable ? (
                <Table.Th
                  key={header.id}
                  aria-sort={ariaSort(sort, sortable.field)}
                  visibleFrom={SHOWN_FROM[header.column.id]}
                >
                  <SortHeader label={sortable.label} field={sortable.field} state={sort} />
                </Table.Th>
              ) : (
                <Table.Th key={header.id} visibleFrom={SHOWN_FROM[header.column.id]}>
                  {typeof header.column.columnDef.header === 'string'
                    ? t(header.column.columnDef.header)
                    : flexRender(header.column.columnDef.header, header.getContext())}
                </Table.Th>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr
            key={row.id}
            data-api={row.original.api}
            bg={row.getIsSelected() ? 'var(--mantine-primary-color-light)' : undefined}
          >
            {row.getVisibleCells().map((cell) => (
              <Table.Td key={cell.id} visibleFrom={SHOWN_FROM[cell.column.id]}>
                {cell.column.id === actionsColumn.id
                  ? actions(row.original)
                  : flexRender(cell.column.columnDef.cell, cell.getContext())}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
