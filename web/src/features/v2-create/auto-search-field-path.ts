const SEARCH_PARAM_FIELDS: Record<string, string> = {
  name: 'name',
  param_type: 'type',
  lower_bound: 'lowerBound',
  upper_bound: 'upperBound',
  discrete_points_num: 'pointsNum',
  discrete_values: 'discreteValues',
};

const REWARD_FIELDS: Record<string, string> = {
  name: 'rewardName',
  mode: 'rewardMode',
  regex: 'rewardRegex',
};

const index = (p: PropertyKey | undefined): number | null => {
  if (typeof p === 'number') return p;
  return typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : null;
};

/** `["search_params[0]", "upper_bound"]` → `["search_params", 0, "upper_bound"]` (server field names). */
function normalize(path: readonly PropertyKey[]): PropertyKey[] {
  return path.flatMap((p) => {
    const m = typeof p === 'string' ? /^(\w+)\[(\d+)\]$/.exec(p) : null;
    return m ? [m[1] ?? '', Number(m[2])] : [p];
  });
}

/**
 * The form field of an issue inside `algorithm.policies.auto_search` (`path` is what follows
 * `auto_search`): `search_params.0.upper_bound` → `autoSearch.searchParams.0.upperBound`.
 */
export function autoSearchFieldForPath(path: readonly PropertyKey[]): string {
  const [key, second, leaf, third] = normalize(path);
  const i = index(second);
  if (key === 'search_params') {
    if (i === null) return 'autoSearch.searchParams';
    return `autoSearch.searchParams.${i}.${SEARCH_PARAM_FIELDS[String(leaf)] ?? 'name'}`;
  }
  if (key === 'reward_attrs') return `autoSearch.${REWARD_FIELDS[String(leaf)] ?? 'rewardName'}`;
  if (key === 'algo_configs') {
    const param = index(third);
    if (leaf === 'params' && param !== null) return `autoSearch.algoParams.${param}.value`;
    return 'autoSearch.algorithm';
  }
  if (key === 'skip_search_params') return 'autoSearch.skipSearchParams';
  return 'autoSearch.enabled';
}
