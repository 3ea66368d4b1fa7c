import type { Router } from 'express';
import {
  CreateJobConfigRequestSchema,
  CreateTrainingJobRequestSchema,
  CreateVersionRequestSchema,
  CreateVisualizationJobRequestSchema,
  NoBodyRequestSchema,
  UpdateJobConfigRequestSchema,
  UpdateJobDescriptionRequestSchema,
  UpdateVisualizationJobRequestSchema,
} from '@console/shared';
import { V1_ALLOW_LIST } from '../services/v1-allow-list.js';
import { v1CreateLookup } from '../services/proxy/reconcile-v1.js';
import {
  apiProxyRouter,
  type CreateReconciler,
  type PreflightValidator,
  type ProxyDeps,
} from './proxy.js';

/** Bodies checked before the upstream is called, with the schemas the web form and emulator use. */
export const V1_VALIDATORS: readonly PreflightValidator[] = [
  { method: 'POST', path: /^training-jobs$/, schema: CreateTrainingJobRequestSchema },
  { method: 'POST', path: /^training-jobs\/\d+\/versions\/?$/, schema: CreateVersionRequestSchema },
  { method: 'PUT', path: /^training-jobs\/\d+$/, schema: UpdateJobDescriptionRequestSchema },
  { method: 'POST', path: /^training-job-configs$/, schema: CreateJobConfigRequestSchema },
  { method: 'PUT', path: /^training-job-configs\/[^/]+$/, schema: UpdateJobConfigRequestSchema },
  { method: 'POST', path: /^visualization-jobs$/, schema: CreateVisualizationJobRequestSchema },
  { method: 'PUT', path: /^visualization-jobs\/\d+$/, schema: UpdateVisualizationJobRequestSchema },
  // documented without a body (§3.8, §3.16): none, or {}
  {
    method: 'POST',
    path: /^training-jobs\/\d+\/versions\/\d+\/stop$/,
    schema: NoBodyRequestSchema,
  },
  {
    method: 'POST',
    path: /^visualization-jobs\/\d+\/(?:stop|restart)$/,
    schema: NoBodyRequestSchema,
  },
];

/** Creates whose lost answer is reconstructed by looking the job up by name. */
export const V1_RECONCILERS: readonly CreateReconciler[] = [
  { path: /^training-jobs$/, lookup: v1CreateLookup },
];

/** `/api/v1/<path>` → `{MODELARTS_ENDPOINT}/v1/{project_id}/<path>`. */
export function v1ProxyRouter(deps: ProxyDeps): Router {
  return apiProxyRouter({
    ...deps,
    version: 'v1',
    allowList: V1_ALLOW_LIST,
    validators: V1_VALIDATORS,
    reconcilers: V1_RECONCILERS,
  });
}
