import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ColorSchemeToggle } from './color-scheme-toggle.js';

const original = window.matchMedia;

/** A browser whose system preference is dark. */
function preferDark(): void {
  window.matchMedia = ((query: string) => ({
    ...original(query),
    matches: query.includes('prefers-color-scheme: dark'),
  })) as typeof window.matchMedia;
}

function renderToggle() {
  return render(
    <MantineProvider defaultColorScheme="auto">
      <ColorSchemeToggle />
    </MantineProvider>,
  );
}

const shown = () => document.documentElement.getAttribute('data-mantine-color-scheme');

describe('the header’s light/dark toggle', () => {
  beforeEach(() => {
    localStorage.clear();
    preferDark();
  });
  afterEach(() => {
    window.matchMedia = original;
  });

  it('follows the system preference until pressed, then remembers the choice', async () => {
    const view = renderToggle();
    await waitFor(() => expect(shown()).toBe('dark'));
    const toggle = screen.getByRole('button', { name: 'Switch to light mode' });

    await userEvent.click(toggle);
    await waitFor(() => expect(shown()).toBe('light'));
    expect(screen.getByRole('button', { name: 'Switch to dark mode' })).toBeVisible();
    expect(localStorage.getItem('mantine-color-scheme-value')).toBe('light');

    // a new visit: the system still prefers dark, the console keeps the user's light
    view.unmount();
    renderToggle();
    await waitFor(() => expect(shown()).toBe('light'));
    expect(screen.getByRole('button', { name: 'Switch to dark mode' })).toBeVisible();
  });
});
