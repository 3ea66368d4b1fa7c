import { AutoSearchSchema, isDiscreteParam, type SearchParam } from '@console/shared';
import * as i18n from '../../lib/i18n/i18n.js';

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
  const values = { lower: p.lower_bound ?? '?', upper: p.upper_bound ?? '?' };
  return points
    ? i18n.t('{{lower}} to {{upper}} ({{points}} points)', { ...values, points })
    : i18n.t('{{lower}} to {{upper}}', values);
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
      : i18n.t('The server default'),
    params: (s.search_params ?? []).map((p) =>
      isDiscreteParam(p)
        ? { name: p.name ?? '?', kind: 'Values', values: (p.discrete_values ?? []).join(', ') }
        : { name: p.name ?? '?', kind: 'Range', values: range(p) },
    ),
    reward: reward?.name
      ? reward.mode === 'min'
        ? i18n.t('Minimise {{name}}', { name: reward.name })
        : i18n.t('Maximise {{name}}', { name: reward.name })
      : '—',
    rewardRegex: reward?.regex ?? '',
    skip: s.skip_search_params ?? '',
  };
}
