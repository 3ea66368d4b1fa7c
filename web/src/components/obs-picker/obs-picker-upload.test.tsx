import { CSRF_HEADER, CSRF_HEADER_VALUE, OBS_PART_BYTES } from '@console/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../../test/fake-xhr.js';
import { obsFetch, type FakeObs } from '../../test/obs-fetch.js';
import { PathField, SAMPLE_OBS } from '../../test/obs-picker-harness.js';
import { renderRoute } from '../../test/render.js';

let obs: FakeObs;

async function openAt(folder: string) {
  vi.stubGlobal('fetch', vi.fn(obsFetch(obs)));
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const user = userEvent.setup();
  renderRoute(<PathField initial={folder} />);
  await user.click(screen.getByRole('button', { name: 'Browse OBS for Code directory' }));
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByText('train.py');
  return { user, dialog };
}

const progressOf = (dialog: HTMLElement, label: string) =>
  within(within(dialog).getByRole('group', { name: `Upload of ${label}` }));

describe('uploads in the OBS picker', () => {
  beforeEach(() => {
    obs = SAMPLE_OBS();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('puts a small file with the CSRF header and shows its progress', async () => {
    FakeXhr.reset(); // answers are given by the test
    const { user, dialog } = await openAt('/team/code/');
    const file = new File(['x'.repeat(1000)], 'data.csv', { type: 'text/csv' });
    await user.upload(within(dialog).getByLabelText('Files to upload'), file);
    await vi.waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0] as FakeXhr;
    expect(xhr.route).toBe('PUT /api/obs/object');
    expect(xhr.query('path')).toBe('/team/code/data.csv');
    expect(xhr.headers[CSRF_HEADER]).toBe(CSRF_HEADER_VALUE);
    expect(xhr.withCredentials).toBe(true);
    expect(xhr.body).toBe(file);

    xhr.progress(500, 1000);
    const row = progressOf(dialog, 'data.csv');
    expect(await row.findByText('Uploading · 500 B of 1.0 kB')).toBeInTheDocument();
    expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    xhr.respond(200, { path: '/team/code/data.csv', size: 1000 });
    expect(await row.findByText('Uploaded · 1.0 kB of 1.0 kB')).toBeInTheDocument();
    expect(within(dialog).getByText('Uploads: 1 of 1 done')).toBeInTheDocument();
  });

  it('sends a large file in parts and, on retry, only the parts OBS does not hold', async () => {
    let failPart2 = true;
    FakeXhr.reset((xhr) => {
      const path = xhr.query('path');
      const part = /\/parts\/(\d+)$/.exec(xhr.route)?.[1];
      if (xhr.route === 'POST /api/obs/uploads') {
        return xhr.respond(200, { upload_id: 'u1', path, parts: [] });
      }
      if (xhr.route === 'GET /api/obs/uploads/u1') {
        return xhr.respond(200, { upload_id: 'u1', path, parts: [{ part_number: 1, etag: 'e1' }] });
      }
      if (part === '2' && failPart2) {
        failPart2 = false;
        return xhr.respond(502, { error_code: 'Console.0502', error_msg: 'OBS did not answer' });
      }
      if (part) return xhr.respond(200, { part_number: Number(part), etag: `e${part}` });
      if (xhr.route === 'POST /api/obs/uploads/u1/complete') {
        return xhr.respond(200, { path, size: 2 * OBS_PART_BYTES + 10 });
      }
      xhr.respond(404, { error_code: 'Test.404', error_msg: xhr.route });
    });
    const { user, dialog } = await openAt('/team/code/');
    const big = new File([new Uint8Array(2 * OBS_PART_BYTES + 10)], 'model.bin');
    await user.upload(within(dialog).getByLabelText('Files to upload'), big);

    const row = progressOf(dialog, 'model.bin');
    expect(await row.findByText('OBS did not answer')).toBeInTheDocument();
    expect(FakeXhr.sent.map((x) => x.route)).toEqual([
      'POST /api/obs/uploads',
      'PUT /api/obs/uploads/u1/parts/1',
      'PUT /api/obs/uploads/u1/parts/2',
    ]);
    expect(JSON.parse(String(FakeXhr.sent[0]?.body))).toEqual({ size: 2 * OBS_PART_BYTES + 10 });
    expect((FakeXhr.sent[1]?.body as Blob).size).toBe(OBS_PART_BYTES);

    FakeXhr.sent = [];
    await user.click(row.getByRole('button', { name: 'Retry' }));
    expect(await row.findByText(/^Uploaded/)).toBeInTheDocument();
    expect(FakeXhr.sent.map((x) => x.route)).toEqual([
      'GET /api/obs/uploads/u1',
      'PUT /api/obs/uploads/u1/parts/2',
      'PUT /api/obs/uploads/u1/parts/3',
      'POST /api/obs/uploads/u1/complete',
    ]);
    expect((FakeXhr.sent[2]?.body as Blob).size).toBe(10);
    expect(JSON.parse(String(FakeXhr.sent[3]?.body))).toEqual({
      parts: [
        { part_number: 1, etag: 'e1' },
        { part_number: 2, etag: 'e2' },
        { part_number: 3, etag: 'e3' },
      ],
    });
    expect(FakeXhr.sent.every((x) => x.query('path') === '/team/code/model.bin')).toBe(true);
  });

  it('keeps the folder structure of an uploaded folder', async () => {
    FakeXhr.reset((xhr) => xhr.respond(200, { path: xhr.query('path'), size: 1 }));
    const { user, dialog } = await openAt('/team/code/');
    const a = new File(['a'], 'train.py');
    Object.defineProperty(a, 'webkitRelativePath', { value: 'mnist/train.py' });
    const b = new File(['b'], 'util.py');
    Object.defineProperty(b, 'webkitRelativePath', { value: 'mnist/lib/util.py' });
    await user.upload(within(dialog).getByLabelText('Folder to upload'), [a, b]);
    expect(await within(dialog).findByText('Uploads: 2 of 2 done')).toBeInTheDocument();
    expect(FakeXhr.sent.map((x) => x.query('path')).sort()).toEqual([
      '/team/code/mnist/lib/util.py',
      '/team/code/mnist/train.py',
    ]);
  });
});
