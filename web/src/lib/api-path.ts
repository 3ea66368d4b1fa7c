import { pathOf, type Endpoint } from '@console/shared';

/**
 * The console URL of a ModelArts endpoint contract (`shared/src/contracts`): `/api/{v1|v2}/…` with
 * its path parameters filled in and percent-encoded. The web spells no ModelArts path itself.
 */
export function apiPath<P extends string>(
  e: Endpoint<P>,
  params?: Record<P, string | number>,
): string {
  return `/api/${e.api}/${pathOf(e, params)}`;
}
