import { AutoSearchSchema, isDiscreteParam, type SearchParam } from '@console/shared';

export interface SearchPolicyView {
  /** The search algorithm and its settings, e.g. `tpe_search (gamma 0.25, seed 1)`. */
  algorithm: string;
  params: Array<{ name: string; kind: 'Range' | 'Values'; values: string }>;
  /** e.g. `Maximise acc`. */
  reward: string;
  rewardRegex: string;
  skip: string;
}

function range(p: SearchParam): string {
  const points = p.discrete_points_num?.trim();
  return `${p.lower_bound ?? '?'} to ${p.upper_bound ?? '?'}${points ? ` (${points} points)` : ''}`;
}

/** `policies.auto_search` in words, or null when the job does not search hyperparameters. */
export function searchPolicyView(raw: unknown): SearchPolicyView | null {
  const parsed = AutoSearchSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.search_params?.length) return null;
  const s = parsed.data;
  const algo = s.algo_configs?.[0];
  const settings = (algo?.params ?? []).map((p) => `${p.key ?? '?'} ${p.value ?? ''}`.trim());
  const reward = s.reward_attrs?.[0];
  return {
    algorithm: algo?.name
      ? `${algo.name}${settings.length ? ` (${settings.join(', ')})` : ''}`
      : 'The server default',
    params: (s.search_params ?? []).map((p) =>
      isDiscreteParam(p)
        ? { name: p.name ?? '?', kind: 'Values', values: (p.discrete_values ?? []).join(', ') }
        : { name: p.name ?? '?', kind: 'Range', values: range(p) },
    ),
    reward: reward?.name
      ? `${reward.mode === 'min' ? 'Minimise' : 'Maximise'} ${reward.name}`
      : '—',
    rewardRegex: reward?.regex ?? '',
    skip: s.skip_search_params ?? '',
  };
}
