import type { ObsListing, ObsStat } from '@console/shared';

/** A fake OBS behind `/api/obs/list` and `/api/obs/stat` for component tests (fetch stub). */
export interface FakeObs {
  /** Listings by `path` (+ `|marker` for a later page, `|search=text` for a search). */
  listings: Record<string, Partial<ObsListing>>;
  stats?: Record<string, ObsStat['kind']>;
  /** Every URL asked, in order. */
  asked: URL[];
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

export function obsFetch(fake: FakeObs) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    fake.asked.push(url);
    if (url.pathname === '/api/obs/folder' && init?.method === 'POST') {
      const folderPath = url.searchParams.get('path') ?? '';
      fake.listings[folderPath] = {};
      return json(201, { path: folderPath, size: 0 });
    }
    const path = url.searchParams.get('path') ?? '';
    if (url.pathname === '/api/obs/list') {
      const marker = url.searchParams.get('marker');
      const search = url.searchParams.get('search');
      const key = marker ? `${path}|${marker}` : search ? `${path}|search=${search}` : path;
      const found = fake.listings[key];
      if (!found) return json(404, { error_code: 'Test.404', error_msg: key });
      return json(200, { path, folders: [], files: [], writable: true, ...found });
    }
    if (url.pathname === '/api/obs/stat') {
      return json(200, { path, kind: fake.stats?.[path] ?? 'missing', size: 1234 });
    }
    return json(404, { error_code: 'Test.404', error_msg: url.pathname });
  };
}

export const file = (path: string, size = 2048) => ({
  name: path.split('/').at(-1) ?? path,
  path,
  size,
  last_modified: '2026-12-06T10:00:00Z',
});

export const folder = (path: string) => ({
  name: path.split('/').filter(Boolean).at(-1) ?? path,
  path,
});
