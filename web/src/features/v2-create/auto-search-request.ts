import { defaultRewardRegex, type AutoSearch, type SearchParam } from '@console/shared';
import type { AutoSearchFormValues, SearchParamRow } from './auto-search-values.js';

export { defaultRewardRegex };

/** `16, 32 ,,64` → `["16", "32", "64"]`. */
export function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function searchParam(p: SearchParamRow): SearchParam {
  const name = p.name.trim();
  if (p.type === 'discrete')
    return { name, param_type: 'discrete', discrete_values: splitValues(p.discreteValues) };
  const points = p.pointsNum.trim();
  return {
    name,
    param_type: 'continuous',
    lower_bound: p.lowerBound.trim(),
    upper_bound: p.upperBound.trim(),
    ...(points ? { discrete_points_num: points } : {}),
  };
}

/**
 * `algorithm.policies.auto_search` of the create body (catalog §4.1 AutoSearch), or null when the
 * search is off. Rows are never dropped, so an issue at `search_params[2]` is the third row.
 */
export function toAutoSearch(a: AutoSearchFormValues | undefined): AutoSearch | null {
  if (!a?.enabled) return null;
  const rewardName = a.rewardName.trim();
  const regex = a.rewardRegex.trim() ? a.rewardRegex : rewardName && defaultRewardRegex(rewardName);
  const skip = a.skipSearchParams.trim();
  return {
    ...(a.algorithm
      ? {
          algo_configs: [
            {
              name: a.algorithm,
              params: a.algoParams.map((p) => ({
                key: p.key,
                value: p.value.trim(),
                type: p.type,
              })),
            },
          ],
        }
      : {}),
    search_params: a.searchParams.map(searchParam),
    reward_attrs: [{ name: rewardName, mode: a.rewardMode, ...(regex ? { regex } : {}) }],
    ...(skip ? { skip_search_params: skip } : {}),
  };
}
