import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { obsFetch, type FakeObs } from '../../test/obs-fetch.js';
import { PathField, SAMPLE_OBS } from '../../test/obs-picker-harness.js';
import { renderRoute } from '../../test/render.js';
import { browseStart, CHECK_DELAY_MS } from './obs-path-input.js';

let obs: FakeObs;

async function typeInto(props: Parameters<typeof PathField>[0], text: string) {
  vi.stubGlobal('fetch', vi.fn(obsFetch(obs)));
  const user = userEvent.setup();
  renderRoute(<PathField {...props} />);
  const label = props.label ?? 'Code directory';
  await user.type(screen.getByLabelText(label), text);
  return screen.getByRole('status', { name: `${label} check` });
}

describe('ObsPathInput checks a typed path', () => {
  beforeEach(() => {
    obs = SAMPLE_OBS();
    obs.stats = {
      '/team/code/': 'folder',
      '/team/code/train.py': 'file',
      '/team/notes.txt': 'file',
    };
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says an existing folder exists, once typing pauses (one lookup)', async () => {
    const status = await typeInto({}, '/team/code/');
    expect(await screen.findByText('Folder exists.')).toBe(status);
    const stats = obs.asked.filter((u) => u.pathname === '/api/obs/stat');
    expect(stats.map((u) => u.searchParams.get('path'))).toEqual(['/team/code/']);
  });

  it('reads obs:// paths as console paths', async () => {
    await typeInto({ label: 'Boot file', kind: 'file' }, 'obs://team/code/train.py');
    expect(await screen.findByText('File exists (1.2 kB).')).toBeInTheDocument();
  });

  it('warns about a missing folder', async () => {
    await typeInto({}, '/team/nothing/');
    expect(await screen.findByText('Not found in OBS.')).toBeInTheDocument();
  });

  it('says a file is no folder', async () => {
    await typeInto({}, '/team/notes.txt');
    expect(await screen.findByText('Is a file, a folder is needed.')).toBeInTheDocument();
  });

  it('says a folder is no file', async () => {
    await typeInto({ label: 'Boot file', kind: 'file' }, '/team/code/');
    expect(await screen.findByText('Is a folder, a file is needed.')).toBeInTheDocument();
  });

  it('only hints that an output folder will be created', async () => {
    await typeInto({ label: 'Output path', mayNotExist: true }, '/team/out/');
    expect(
      await screen.findByText('Does not exist yet: the job will create it.'),
    ).toBeInTheDocument();
  });

  it('does not look up a value that is no OBS path', async () => {
    vi.stubGlobal('fetch', vi.fn(obsFetch(obs)));
    renderRoute(<PathField />);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(screen.getByLabelText('Code directory'), { target: { value: 'team/code' } });
      // the form's own validation speaks for malformed paths
      await act(() => vi.advanceTimersByTimeAsync(CHECK_DELAY_MS * 2));
      expect(screen.getByRole('status', { name: 'Code directory check' })).toBeEmptyDOMElement();
      expect(obs.asked.filter((u) => u.pathname === '/api/obs/stat')).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('browseStart', () => {
  it('opens a boot file picker in the code directory unless the value is inside it', () => {
    expect(browseStart('', 'obs://b/code/')).toBe('/b/code/');
    expect(browseStart('/old/x.py', '/b/code')).toBe('/b/code/');
    expect(browseStart('obs://b/code/sub/x.py', 'obs://b/code/')).toBe('/b/code/sub/x.py');
    expect(browseStart('/b/x.py', undefined)).toBe('/b/x.py');
    expect(browseStart('/b/x.py', 'not a path')).toBe('/b/x.py');
  });
});
