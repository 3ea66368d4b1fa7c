/** The Audit page's filters, kept in the URL: `?user=&job=&from=&to=` (times as typed, local). */
export interface AuditFilters {
  user: string;
  job: string;
  /** `YYYY-MM-DDTHH:mm` (a datetime-local input's value), local time; '' for open. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { user: '', job: '', from: '', to: '' };
const KEYS = ['user', 'job', 'from', 'to'] as const;

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const out = { ...NO_FILTERS };
  for (const k of KEYS) out[k] = (params.get(k) ?? '').trim();
  return out;
}

export function auditFiltersToParams(f: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of KEYS) if (f[k]) params.set(k, f[k]);
  return params;
}

export const isFiltered = (f: AuditFilters) => KEYS.some((k) => f[k] !== '');

/** Epoch milliseconds of a datetime-local value; undefined when empty or not a time. */
export function toMillis(local: string): number | undefined {
  if (!local) return undefined;
  const ms = new Date(local).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** The query the BFF takes (`GET /api/audit`): empty filters left out, times in milliseconds. */
export function auditQuery(f: AuditFilters): Record<string, string | number | undefined> {
  const to = toMillis(f.to);
  return {
    user: f.user || undefined,
    job: f.job || undefined,
    from: toMillis(f.from),
    // "to 14:30" includes everything in that minute
    to: to === undefined ? undefined : to + 59_999,
    limit: 500,
  };
}
