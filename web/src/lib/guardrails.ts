import { useQuery } from '@tanstack/react-query';
import type { Guardrails } from '@console/shared';
import { sessionQueryOptions } from './session-query.js';
import { t } from './i18n/i18n.js';

export type ObsKind = 'code' | 'data' | 'outputs';

/**
 * What the signed-in user's role may launch in the current project (team portal); undefined in
 * the personal console or when the role has no limits. Read from the loaded session, never fetched.
 */
export function useGuardrails(): Guardrails | undefined {
  const session = useQuery({ ...sessionQueryOptions(), enabled: false });
  return session.data?.guardrails;
}

/** The items the role may use (all of them when the role names no list). */
export function allowedOnly<T>(
  items: readonly T[],
  allowed: readonly string[] | undefined,
  idOf: (item: T) => string,
): T[] {
  return allowed ? items.filter((item) => allowed.includes(idOf(item))) : [...items];
}

/** The smaller of a resource's node bound and the role's; undefined when neither has one. */
export function nodeBound(
  resourceMax: number | undefined,
  g: Guardrails | undefined,
): number | undefined {
  const bounds = [resourceMax, g?.max_nodes].filter((n): n is number => n !== undefined);
  return bounds.length > 0 ? Math.min(...bounds) : undefined;
}

/** "Your role may use paths under /team/code/ or /shared/" — undefined when any path will do. */
export function obsHint(g: Guardrails | undefined, kind: ObsKind): string | undefined {
  const prefixes = g?.obs_prefixes?.[kind];
  if (!prefixes || prefixes.length === 0) return undefined;
  return t('Your role may use paths under {{paths}}', { paths: prefixes.join(t(' or ')) });
}

/** An existing field description followed by the role's path hint (either may be absent). */
export function withHint(description: string | undefined, hint: string | undefined) {
  if (!hint) return description;
  return description ? `${description}. ${hint}` : hint;
}

/** The role's limits in words, one line each (empty when the role has none). */
export function limitLines(g: Guardrails | undefined): string[] {
  if (!g) return [];
  const lines: string[] = [];
  if (g.flavors) lines.push(t('Flavors: {{flavors}}', { flavors: g.flavors.join(', ') }));
  if (g.max_nodes !== undefined)
    lines.push(t('At most {{count}} nodes per job', { count: g.max_nodes }));
  if (g.max_running_per_user !== undefined)
    lines.push(
      t('At most {{count}} of your jobs running at a time', { count: g.max_running_per_user }),
    );
  if (g.auto_stop_max_hours !== undefined)
    lines.push(
      t('v2 jobs must stop by themselves within {{count}} hours', {
        count: g.auto_stop_max_hours,
      }),
    );
  const words: Record<ObsKind, string> = {
    code: t('Code'),
    data: t('Data'),
    outputs: t('Outputs'),
  };
  for (const kind of ['code', 'data', 'outputs'] as const) {
    const prefixes = g.obs_prefixes?.[kind];
    if (prefixes && prefixes.length > 0)
      lines.push(
        t('{{what}} under {{paths}}', { what: words[kind], paths: prefixes.join(t(' or ')) }),
      );
  }
  return lines;
}
