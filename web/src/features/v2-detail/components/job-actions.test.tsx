import { act, screen } from '@testing-library/react';
import type { Role } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { sessionKeys } from '../../../lib/session-query.js';
import { portalSession } from '../../../test/portal-session.js';
import { renderRoute } from '../../../test/render.js';
import { V2JobActions } from './job-actions.js';

function renderActions(role: Role, creator: string | null, phase = 'Running') {
  const view = renderRoute(<V2JobActions jobId="j" name="job" phase={phase} creator={creator} />);
  act(() =>
    view.queryClient.setQueryData(sessionKeys.current(), portalSession(role, { user: 'otto' })),
  );
}

describe('V2JobActions and the job’s creator', () => {
  it('offers an operator Terminate on their own job', () => {
    renderActions('operator', 'otto');
    expect(screen.getByRole('button', { name: 'Terminate' })).toBeInTheDocument();
    expect(screen.queryByTestId('owner-note')).toBeNull();
  });

  it("hides Terminate on another person's job for an operator, and says whose it is", async () => {
    renderActions('operator', 'olga');
    expect(await screen.findByTestId('owner-note')).toHaveTextContent(
      "This job is olga's: as an operator you may stop only your own jobs",
    );
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();
  });

  it('hides it on a job not started through the console', async () => {
    renderActions('operator', null);
    expect(await screen.findByTestId('owner-note')).toHaveTextContent('not started by you');
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();
  });

  it("offers an admin Terminate on anyone's job", () => {
    renderActions('admin', 'olga');
    expect(screen.getByRole('button', { name: 'Terminate' })).toBeInTheDocument();
  });

  it('says nothing about owners once the job ended', () => {
    renderActions('operator', 'olga', 'Completed');
    expect(screen.queryByTestId('owner-note')).toBeNull();
  });
});
