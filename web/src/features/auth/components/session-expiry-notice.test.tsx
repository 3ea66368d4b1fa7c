import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { minutesLeft, SessionExpiryNotice } from './session-expiry-notice.js';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const renderNotice = (expiresAt: string, onLogInAgain = vi.fn()) =>
  render(
    <MantineProvider>
      <SessionExpiryNotice expiresAt={expiresAt} onLogInAgain={onLogInAgain} />
    </MantineProvider>,
  );

describe('SessionExpiryNotice', () => {
  it('stays quiet while the session has more than 15 minutes left', () => {
    renderNotice(inMinutes(120));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns with the minutes left and offers to log in again', async () => {
    const onLogInAgain = vi.fn();
    renderNotice(inMinutes(9.5), onLogInAgain);
    expect(screen.getByRole('alert')).toHaveTextContent('Your session ends in 10 minutes');
    await userEvent.click(screen.getByRole('button', { name: 'Log in again' }));
    expect(onLogInAgain).toHaveBeenCalledOnce();
  });

  it('says when the session has ended', () => {
    renderNotice(inMinutes(-1));
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended');
  });

  it('rounds the minutes up and never goes below zero', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(minutesLeft('2026-11-23T12:00:30Z', now)).toBe(1);
    expect(minutesLeft('2026-11-23T11:00:00Z', now)).toBe(0);
  });
});
