import { flavorMaxNodes, type TrainingFlavor } from '@console/shared';
import { t } from '../../lib/i18n/i18n.js';

/** Flavors of GPU dedicated pools (catalog §4.1 SpecResource); not in the public flavor list. */
export const DEDICATED_POOL_FLAVORS = [
  { flavor_id: 'modelarts.pool.visual.xlarge', cards: 1 },
  { flavor_id: 'modelarts.pool.visual.2xlarge', cards: 2 },
  { flavor_id: 'modelarts.pool.visual.4xlarge', cards: 4 },
  { flavor_id: 'modelarts.pool.visual.8xlarge', cards: 8 },
] as const;

/** "8 vCPUs · 32 GB · 1 × GP-Vnt1 (32GB) · up to 16 nodes", in the console's language. */
export function describeFlavor(f: TrainingFlavor): string {
  const info = f.flavor_info;
  const parts: string[] = [];
  if (info?.cpu?.core_num) parts.push(t('{{n}} vCPUs', { n: info.cpu.core_num }));
  if (info?.memory?.size) parts.push(`${info.memory.size} ${info.memory.unit ?? 'GB'}`);
  if (info?.gpu?.unit_num)
    parts.push(
      `${info.gpu.unit_num} × ${info.gpu.product_name ?? 'GPU'}${info.gpu.memory ? ` (${info.gpu.memory})` : ''}`,
    );
  const max = flavorMaxNodes(f);
  parts.push(max > 1 ? t('up to {{count}} nodes', { count: max }) : t('single node'));
  return parts.join(' · ');
}

export interface FlavorOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * Codes with no resources now. The v2 flavor list (§4.12) says nothing of availability; the v1
 * resource specs (§3.13) of the same public pool do (`no_resource`), under the same codes.
 */
export function soldOutCodes(
  specs: readonly { spec_code: string; no_resource: boolean }[],
): ReadonlySet<string> {
  return new Set(specs.filter((s) => s.no_resource).map((s) => s.spec_code));
}

/** Flavors only a dedicated pool offers (the emulator marks them `attributes.pool_only`). */
export function isPoolFlavor(f: TrainingFlavor): boolean {
  return f.attributes?.pool_only === 'true' || f.flavor_id.startsWith('modelarts.pool.');
}

/** Select options for the pool kind and flavor type filter. */
export function flavorOptions(
  flavors: readonly TrainingFlavor[],
  dedicated: boolean,
  type: string,
  soldOut: ReadonlySet<string> = new Set(),
): FlavorOption[] {
  const option = (f: TrainingFlavor): FlavorOption => {
    const out = soldOut.has(f.flavor_id) || soldOut.has(f.billing?.code ?? '');
    const label = `${f.flavor_id} — ${describeFlavor(f)}`;
    return out
      ? { value: f.flavor_id, label: `${label} — ${t('Sold out')}`, disabled: true }
      : { value: f.flavor_id, label };
  };
  if (dedicated) {
    const listed = flavors.filter(isPoolFlavor);
    if (listed.length > 0) return listed.map(option);
    return DEDICATED_POOL_FLAVORS.map((f) => ({
      value: f.flavor_id,
      label: `${f.flavor_id} — ${t('{{count}} GPU cards', { count: f.cards })}`,
    }));
  }
  return flavors
    .filter((f) => !isPoolFlavor(f) && (type === 'all' || f.flavor_type === type))
    .map(option);
}

/** Node bound of a listed flavor; undefined when the flavor is not in the list. */
export function maxNodesOf(
  flavors: readonly TrainingFlavor[],
  flavorId: string,
): number | undefined {
  const f = flavors.find((x) => x.flavor_id === flavorId);
  return f ? flavorMaxNodes(f) : undefined;
}
