import type { RequestHandler } from 'express';
import { V1_PARAM_PATTERNS, v1Bodies, v1Endpoints } from '@console/shared';
import { V1_ALLOW_LIST } from '../services/v1-allow-list.js';
import { v1CreateLookup } from '../services/proxy/reconcile-v1.js';
import {
  apiProxyRouter,
  preflightValidatorsOf,
  type CreateReconciler,
  type PreflightValidator,
  type ProxyDeps,
} from './proxy.js';

/** Bodies checked before the upstream is called: the contracts' schemas (web forms and emulator use them too). */
export const V1_VALIDATORS: readonly PreflightValidator[] = preflightValidatorsOf(
  v1Endpoints,
  v1Bodies,
  V1_PARAM_PATTERNS,
);

/** Creates whose lost answer is reconstructed by looking the job up by name. */
export const V1_RECONCILERS: readonly CreateReconciler[] = [
  { path: /^training-jobs$/, lookup: v1CreateLookup },
];

/** `/api/v1/<path>` → `{MODELARTS_ENDPOINT}/v1/{project_id}/<path>`. */
export function v1ProxyRouter(deps: ProxyDeps): RequestHandler {
  return apiProxyRouter({
    ...deps,
    version: 'v1',
    allowList: V1_ALLOW_LIST,
    validators: V1_VALIDATORS,
    reconcilers: V1_RECONCILERS,
  });
}
