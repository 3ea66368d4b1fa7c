import type { RequestHandler } from 'express';
import { V2_PARAM_PATTERNS, v2Bodies, v2Endpoints } from '@console/shared';
import { V2_ALLOW_LIST } from '../services/v2-allow-list.js';
import { v2CreateLookup } from '../services/proxy/reconcile-v2.js';
import {
  apiProxyRouter,
  preflightValidatorsOf,
  type CreateReconciler,
  type PreflightValidator,
  type ProxyDeps,
} from './proxy.js';

/** Bodies checked before the upstream is called: the contracts' schemas (web forms and emulator use them too). */
export const V2_VALIDATORS: readonly PreflightValidator[] = preflightValidatorsOf(
  v2Endpoints,
  v2Bodies,
  V2_PARAM_PATTERNS,
);

/** Creates whose lost answer is reconstructed by looking the job up by name. */
export const V2_RECONCILERS: readonly CreateReconciler[] = [
  { path: /^training-jobs$/, lookup: v2CreateLookup },
];

/**
 * `/api/v2/<path>` → `{MODELARTS_ENDPOINT}/v2/{project_id}/<path>` through the same factory as v1.
 * Response bodies are streamed untouched, so v2's `null` (200) and `""` (202) arrive as sent.
 */
export function v2ProxyRouter(deps: ProxyDeps): RequestHandler {
  return apiProxyRouter({
    ...deps,
    version: 'v2',
    allowList: V2_ALLOW_LIST,
    validators: V2_VALIDATORS,
    reconcilers: V2_RECONCILERS,
  });
}
