import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render.js';
import { ConsoleShortcuts } from './console-shortcuts.js';

function Page({ onEscape }: { onEscape: () => void }) {
  return (
    <>
      <ConsoleShortcuts onEscape={onEscape} />
      <main>
        <input aria-label="Search by name" data-shortcut-search />
        <table aria-label="Jobs">
          <tbody>
            {['one', 'two', 'three'].map((n) => (
              <tr key={n}>
                <td>
                  <a href={`/jobs/${n}`}>{n}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </>
  );
}

/** Renders the page and waits for the lazy key handler to be in place. */
async function renderPage() {
  const onEscape = vi.fn();
  const view = renderRoute(<Page onEscape={onEscape} />, { path: '/configs', route: '/configs' });
  await act(async () => {
    await import('./shortcut-keys.js');
  });
  return { ...view, onEscape };
}

describe('the console’s keyboard shortcuts', () => {
  it('moves through the rows with j and k, focuses search with /, not while typing', async () => {
    await renderPage();
    const user = userEvent.setup();
    await user.keyboard('j');
    expect(screen.getByRole('link', { name: 'one' })).toHaveFocus();
    await user.keyboard('jj');
    expect(screen.getByRole('link', { name: 'three' })).toHaveFocus();
    await user.keyboard('j');
    expect(screen.getByRole('link', { name: 'three' })).toHaveFocus();
    await user.keyboard('k');
    expect(screen.getByRole('link', { name: 'two' })).toHaveFocus();

    await user.keyboard('/');
    const search = screen.getByRole('textbox', { name: 'Search by name' });
    expect(search).toHaveFocus();
    // typed, not read as shortcuts
    await user.keyboard('gjc/k');
    expect(search).toHaveValue('gjc/k');
    expect(search).toHaveFocus();
  });

  it('goes to the job list with g j', async () => {
    const { router } = await renderPage();
    const user = userEvent.setup();
    await user.keyboard('gj');
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'));
  });

  it('c opens the create form', async () => {
    const { router } = await renderPage();
    await userEvent.setup().keyboard('c');
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs/create'));
  });

  it('? opens the list of shortcuts, Esc closes it; Esc outside a dialog folds the navigation', async () => {
    const { onEscape } = await renderPage();
    const user = userEvent.setup();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Go to training jobs');
    // shortcuts sleep while the dialog is open
    await user.keyboard('j');
    expect(screen.getByRole('link', { name: 'one', hidden: true })).not.toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onEscape).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });
});
