import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../lib/i18n/i18n.js';
import { StatusBadge } from './status-badge.js';

function renderBadge(status: number) {
  return render(
    <MantineProvider>
      <StatusBadge status={status} />
    </MantineProvider>,
  );
}

afterEach(() => switchLanguage('en'));

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

  it('follows a switch to Chinese while shown', async () => {
    renderBadge(10);
    expect(screen.getByText('Completed')).toBeInTheDocument();
    await act(() => switchLanguage('zh-CN'));
    expect(screen.getByText('已完成')).toBeInTheDocument();
  });
});
