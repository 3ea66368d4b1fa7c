import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { useEffect, useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fromV1, type JobRow } from '../job-rows.js';
import { JobsTable } from './jobs-table.js';

const summary = (status: number) => ({
  job_id: 12,
  job_name: 'running_job',
  version_id: 13,
  status,
  create_time: 1609121837000,
  duration: 125000,
});

/** A stand-in for the row menu: counts its mounts and keeps a state (open/closed) of its own. */
function StatefulCell({ onMount }: { onMount: () => void }) {
  const [open, setOpen] = useState(false);
  useEffect(onMount, [onMount]);
  return (
    <button type="button" aria-expanded={open} onClick={() => setOpen(true)}>
      Actions
    </button>
  );
}

function table(rows: JobRow[], actions: (row: JobRow) => ReactNode) {
  return (
    <MantineProvider>
      <MemoryRouter>
        <JobsTable
          jobs={rows}
          selection={{}}
          onSelectionChange={() => {}}
          actions={actions}
          sort={{ sort: 'create_time', order: 'desc', blocked: () => null, onSort: () => {} }}
        />
      </MemoryRouter>
    </MantineProvider>
  );
}

describe('JobsTable', () => {
  it('keeps a row’s actions mounted (an open menu stays open) when the list re-renders with fresh rows', async () => {
    let mounts = 0;
    const onMount = () => {
      mounts += 1;
    };
    const view = render(table([fromV1(summary(8))], () => <StatefulCell onMount={onMount} />));
    screen.getByRole('button', { name: 'Actions' }).click();
    expect(await screen.findByRole('button', { name: 'Actions', expanded: true })).toBeDefined();
    // an auto-refresh: new row objects, a new actions function, a changed status
    view.rerender(table([fromV1(summary(10))], () => <StatefulCell onMount={onMount} />));
    view.rerender(table([fromV1(summary(10))], () => <StatefulCell onMount={onMount} />));
    expect(screen.getByRole('button', { name: 'Actions' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(mounts).toBe(1);
  });
});
