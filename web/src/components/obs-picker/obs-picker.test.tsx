import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../test/fake-xhr.js';
import { obsFetch, type FakeObs } from '../../test/obs-fetch.js';
import { PathField, SAMPLE_OBS } from '../../test/obs-picker-harness.js';
import { renderRoute } from '../../test/render.js';

let obs: FakeObs;

function setup(props: Parameters<typeof PathField>[0] = {}) {
  vi.stubGlobal('fetch', vi.fn(obsFetch(obs)));
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const onValue = vi.fn();
  renderRoute(<PathField onValue={onValue} {...props} />);
  return { onValue, user: userEvent.setup() };
}

async function openPicker(user: ReturnType<typeof userEvent.setup>, label = 'Code directory') {
  await user.click(screen.getByRole('button', { name: `Browse OBS for ${label}` }));
  return screen.findByRole('dialog');
}

describe('the OBS path picker', () => {
  beforeEach(() => {
    obs = SAMPLE_OBS();
    FakeXhr.reset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('walks from the buckets into a folder and back by the breadcrumbs, then selects it', async () => {
    const { user, onValue } = setup();
    const dialog = await openPicker(user);
    const selectButton = within(dialog).getByRole('button', { name: 'Select this folder' });
    await user.click(await within(dialog).findByRole('button', { name: 'Open bucket team' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Open folder code' }));
    expect(await within(dialog).findByText('train.py')).toBeInTheDocument();
    const crumbs = within(dialog).getByRole('navigation', { name: 'Folder path' });
    expect(within(crumbs).getByText('code')).toHaveAttribute('aria-current', 'location');
    await user.click(within(crumbs).getByRole('button', { name: 'team' }));
    expect(await within(dialog).findByText('notes.txt')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Open folder code' }));
    await within(dialog).findByText('train.py');
    await user.click(selectButton);
    expect(onValue).toHaveBeenLastCalledWith('/team/code/');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Code directory')).toHaveValue('/team/code/');
  });

  it('opens at the folder of the value and picks a file for a file field, in the v2 style', async () => {
    const { user, onValue } = setup({
      label: 'Boot file',
      kind: 'file',
      pathStyle: 'obs',
      initial: 'obs://team/code/old.py',
    });
    const dialog = await openPicker(user, 'Boot file');
    const select = within(dialog).getByRole('button', { name: 'Select file' });
    expect(select).toBeDisabled();
    await user.click(await within(dialog).findByRole('button', { name: 'File train.py' }));
    expect(within(dialog).getByText('/team/code/train.py')).toBeInTheDocument();
    await user.click(select);
    expect(onValue).toHaveBeenLastCalledWith('obs://team/code/train.py');
  });

  it('searches within the folder and pages with "Load more"', async () => {
    obs.listings['/team/'] = {
      folders: [{ name: 'code', path: '/team/code/' }],
      next_marker: 'code/',
    };
    obs.listings['/team/|code/'] = {
      files: [
        { name: 'z.txt', path: '/team/z.txt', size: 1, last_modified: '2026-12-06T10:00:00Z' },
      ],
    };
    obs.listings['/team/|search=no'] = {
      files: [
        {
          name: 'notes.txt',
          path: '/team/notes.txt',
          size: 1,
          last_modified: '2026-12-06T10:00:00Z',
        },
      ],
    };
    const { user } = setup({ initial: '/team/' });
    const dialog = await openPicker(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Load more' }));
    expect(await within(dialog).findByText('z.txt')).toBeInTheDocument();
    expect(obs.asked.some((u) => u.searchParams.get('marker') === 'code/')).toBe(true);

    await user.type(within(dialog).getByLabelText('Search in this folder'), 'no');
    expect(await within(dialog).findByText('notes.txt')).toBeInTheDocument();
    expect(within(dialog).queryByText('code/')).not.toBeInTheDocument();
    expect(obs.asked.at(-1)?.searchParams.get('search')).toBe('no');
  });

  it('says why nothing can be uploaded in a read-only folder and at the buckets', async () => {
    const { user } = setup();
    const dialog = await openPicker(user);
    expect(await within(dialog).findByText(/Open a bucket to upload/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Upload files' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Select this folder' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Open bucket shared' }));
    expect(await within(dialog).findByText(/Read-only: your role may browse/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Upload files' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Upload folder' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'New folder' })).toBeDisabled();
  });

  it('creates a folder and opens it', async () => {
    const { user } = setup({ initial: '/team/' });
    const dialog = await openPicker(user);
    await within(dialog).findByText('notes.txt');
    await user.click(within(dialog).getByRole('button', { name: 'New folder' }));
    const name = within(dialog).getByLabelText('New folder name');
    await user.type(name, 'a/b');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('A folder name has no "/"')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'mnist{Enter}');
    expect(await within(dialog).findByText('This folder is empty.')).toBeInTheDocument();
    const crumbs = within(dialog).getByRole('navigation', { name: 'Folder path' });
    expect(within(crumbs).getByText('mnist')).toHaveAttribute('aria-current', 'location');
    const post = obs.asked.find((u) => u.pathname === '/api/obs/folder');
    expect(post?.searchParams.get('path')).toBe('/team/mnist/');
  });
});
