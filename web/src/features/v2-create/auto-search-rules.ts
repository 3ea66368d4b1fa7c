import { msg } from '../../lib/i18n/msg.js';
import type { AutoSearchFormValues } from './auto-search-values.js';

export interface AutoSearchIssue {
  /** react-hook-form path, e.g. `autoSearch.searchParams.0.name`. */
  field: string;
  message: string;
}

const INTEGER = /^[-+]?\d+$/;
const isNumber = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));

function algoParamIssues(a: AutoSearchFormValues): AutoSearchIssue[] {
  return a.algoParams.flatMap((p, i) => {
    const value = p.value.trim();
    const field = `autoSearch.algoParams.${i}.value`;
    const type = p.type.toLowerCase();
    if (type === 'integer' && !INTEGER.test(value))
      return [{ field, message: `algo_configs.params ${p.key} must be a whole number` }];
    if (type === 'float' && !isNumber(value))
      return [{ field, message: `algo_configs.params ${p.key} must be a number` }];
    return [];
  });
}

function searchParamIssues(a: AutoSearchFormValues): AutoSearchIssue[] {
  const issues: AutoSearchIssue[] = [];
  const seen = new Set<string>();
  a.searchParams.forEach((p, i) => {
    const name = p.name.trim();
    if (name && seen.has(name))
      issues.push({
        field: `autoSearch.searchParams.${i}.name`,
        message: `search_params.name ${name} is listed twice`,
      });
    seen.add(name);
    const points = p.pointsNum.trim();
    // The shared AutoSearch rule: digits only (no sign), at least 2.
    if (p.type === 'continuous' && points && (!/^\d+$/.test(points) || Number(points) < 2))
      issues.push({
        field: `autoSearch.searchParams.${i}.pointsNum`,
        message: 'search_params.discrete_points_num must be a whole number of at least 2',
      });
  });
  return issues;
}

/**
 * What a search needs beyond the shared AutoSearch rules (which apply to the body itself): an
 * algorithm, something to search, a metric to judge by, numeric algorithm settings. (How many
 * nodes a search may use is the service's rule: its error is shown beside Nodes.)
 */
export function autoSearchIssues(a: AutoSearchFormValues): AutoSearchIssue[] {
  if (!a.enabled) return [];
  const issues: AutoSearchIssue[] = [];
  if (!a.algorithm)
    issues.push({ field: 'autoSearch.algorithm', message: msg('Choose a search algorithm') });
  if (a.searchParams.length === 0)
    issues.push({
      field: 'autoSearch.searchParams',
      message: msg('Add at least one hyperparameter to search'),
    });
  if (!a.rewardName.trim())
    issues.push({ field: 'autoSearch.rewardName', message: 'reward_attrs.name is required' });
  return [...issues, ...algoParamIssues(a), ...searchParamIssues(a)];
}
