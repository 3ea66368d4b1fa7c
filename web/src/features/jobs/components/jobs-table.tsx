import { Anchor, Badge, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
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
import type { JobRow } from '../job-rows.js';

const column = createColumnHelper<JobRow>();

const select = column.display({
  id: 'select',
  header: ({ table }) => (
    <Checkbox
      aria-label="Select all jobs on this page"
      checked={table.getIsAllRowsSelected()}
      indeterminate={table.getIsSomeRowsSelected()}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  ),
  cell: ({ row }) => (
    <Checkbox
      aria-label={`Select ${row.original.name}`}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  ),
});

const dataColumns = [
  column.accessor('name', {
    header: 'Name',
    cell: (ctx) => (
      <Anchor component={Link} to={ctx.row.original.href} fw={500}>
        {ctx.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('api', {
    header: 'API',
    cell: (ctx) => (
      <Badge variant="outline" color={ctx.getValue() === 'v2' ? 'violet' : 'gray'} tt="none">
        {ctx.getValue()}
      </Badge>
    ),
  }),
  column.accessor('statusLabel', {
    header: 'Status',
    cell: (ctx) => (
      <BucketBadge
        label={ctx.getValue()}
        bucket={ctx.row.original.bucket}
        status={ctx.row.original.statusCode}
      />
    ),
  }),
  column.accessor('createTime', {
    header: 'Created',
    cell: (ctx) => <Text size="sm">{formatTime(ctx.getValue())}</Text>,
  }),
  column.accessor('duration', {
    header: 'Duration',
    cell: (ctx) => <Text size="sm">{formatDuration(ctx.getValue())}</Text>,
  }),
  column.accessor('description', {
    header: 'Description',
    cell: (ctx) => (
      <Text size="sm" c="dimmed" lineClamp={1}>
        {ctx.getValue() || '—'}
      </Text>
    ),
  }),
];

interface Props {
  jobs: JobRow[];
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  /** The last cell of a row: its actions. */
  actions: (row: JobRow) => ReactNode;
  /** false when the user may not act on any job (no checkboxes then). */
  selectable?: boolean;
}

export function JobsTable({
  jobs,
  selection,
  onSelectionChange,
  actions,
  selectable = true,
}: Props) {
  const columns = [
    ...(selectable ? [select] : []),
    ...dataColumns,
    column.display({
      id: 'actions',
      header: () => <VisuallyHidden>Actions</VisuallyHidden>,
      cell: ({ row }) => actions(row.original),
    }),
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
    <Table striped highlightOnHover verticalSpacing="sm" aria-label="Training jobs">
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <Table.Th key={header.id}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </Table.Th>
            ))}
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
              <Table.Td key={cell.id}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
