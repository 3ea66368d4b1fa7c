import { Anchor, Table, Text } from '@mantine/core';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from '@tanstack/react-table';
import type { TrainingJobSummary } from '@console/shared';
import { Link } from 'react-router';
import { formatDuration, formatTime } from '../../../components/format.js';
import { StatusBadge } from '../../../components/status-badge.js';

export function jobDetailPath(jobId: number, versionId: number): string {
  return `/jobs/v1/${jobId}/versions/${versionId}`;
}

const column = createColumnHelper<TrainingJobSummary>();

const columns = [
  column.accessor('job_name', {
    header: 'Name',
    cell: (ctx) => (
      <Anchor
        component={Link}
        to={jobDetailPath(ctx.row.original.job_id, ctx.row.original.version_id)}
        fw={500}
      >
        {ctx.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('status', {
    header: 'Status',
    cell: (ctx) => <StatusBadge status={ctx.getValue()} />,
  }),
  column.accessor('create_time', {
    header: 'Created',
    cell: (ctx) => <Text size="sm">{formatTime(ctx.getValue())}</Text>,
  }),
  column.accessor('duration', {
    header: 'Duration',
    cell: (ctx) => <Text size="sm">{formatDuration(ctx.getValue())}</Text>,
  }),
  column.accessor('job_desc', {
    header: 'Description',
    cell: (ctx) => (
      <Text size="sm" c="dimmed" lineClamp={1}>
        {ctx.getValue() || '—'}
      </Text>
    ),
  }),
];

export function JobsTable({ jobs }: { jobs: TrainingJobSummary[] }) {
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table re-renders with its data
  const table = useReactTable({
    data: jobs,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.job_id),
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
          <Table.Tr key={row.id}>
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
