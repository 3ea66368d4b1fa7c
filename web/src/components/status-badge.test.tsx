import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge.js';

function renderBadge(status: number) {
  return render(
    <MantineProvider>
      <StatusBadge status={status} />
    </MantineProvider>,
  );
}

describe('StatusBadge', () => {
  it.each([
    [1, 'Initializing'],
    [8, 'Running'],
    [10, 'Completed'],
    [11, 'Failed'],
    [12, 'Stopped'],
  ])('maps status %i to %s', (code, label) => {
    renderBadge(code);
    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it('names unknown codes instead of hiding them', () => {
    renderBadge(99);
    expect(screen.getByText('Status 99')).toBeInTheDocument();
  });
});
