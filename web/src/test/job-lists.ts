import { v1Endpoints, v2Endpoints } from '@console/shared';
import { apiPath } from '../lib/api-path.js';

/** A failing list: the status and error body it answers. */
export interface ListFailure {
  status: number;
  body: unknown;
}

const isList = (l: readonly unknown[] | ListFailure): l is readonly unknown[] => Array.isArray(l);

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * A `fetch` stub serving the v1 job list (`page`/`per_page`) and the v2 job search
 * (`offset` = page index, `limit`) from arrays given in the servers' order, paged as the APIs
 * page; unknown paths answer 404.
 */
export function pagedJobsFetch(lists: {
  v1: readonly unknown[] | ListFailure;
  v2: readonly unknown[] | ListFailure;
}) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const { v1, v2 } = lists;
    if (key === `GET ${apiPath(v1Endpoints.listJobs)}`) {
      if (!isList(v1)) return json(v1.body, v1.status);
      const perPage = Number(url.searchParams.get('per_page') ?? 10);
      const page = Number(url.searchParams.get('page') ?? 1);
      const jobs = v1.slice((page - 1) * perPage, page * perPage);
      return json({ is_success: true, job_total_count: v1.length, jobs });
    }
    if (key === `POST ${apiPath(v2Endpoints.searchJobs)}`) {
      if (!isList(v2)) return json(v2.body, v2.status);
      const body = JSON.parse(String(init?.body ?? '{}')) as { offset?: number; limit?: number };
      const limit = body.limit ?? 10;
      const offset = body.offset ?? 0;
      const items = v2.slice(offset * limit, offset * limit + limit);
      return json({ total: v2.length, count: v2.length, limit, offset, items });
    }
    return json({ error_code: 'Test.404', error_msg: key }, 404);
  };
}
