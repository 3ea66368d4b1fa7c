import type { ResultTable } from '@console/shared';

export interface ParameterImportance {
  parameter: string;
  mean: number | null;
  std: number | null;
  /** The cell as sent, shown when it is not `mean/std`. */
  raw: string;
}

const num = (s: string | undefined): number | null => {
  const n = s === undefined || s.trim() === '' ? NaN : Number(s);
  return Number.isFinite(n) ? n : null;
};

/**
 * Rows of `GET …/autosearch-parameter-analysis` (`["parameters", "the mean/std of importance"]`,
 * cells like `"0.2443/0.3867"`), found by header name with the page's column order as fallback.
 */
export function importanceRows(t: ResultTable): ParameterImportance[] {
  const nameCol = Math.max(t.header.indexOf('parameters'), 0);
  const found = t.header.findIndex((h) => h.toLowerCase().includes('importance'));
  const valueCol = found >= 0 ? found : 1;
  return t.data.map((row) => {
    const raw = row[valueCol] === undefined || row[valueCol] === null ? '' : String(row[valueCol]);
    const [mean, std] = raw.split('/');
    return { parameter: String(row[nameCol] ?? ''), mean: num(mean), std: num(std), raw };
  });
}
