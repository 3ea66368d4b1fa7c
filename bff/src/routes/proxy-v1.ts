import type { Router } from 'express';
import { CreateTrainingJobRequestSchema } from '@console/shared';
import type { Logger } from '../logger.js';
import { V1_ALLOW_LIST } from '../services/v1-allow-list.js';
import { apiProxyRouter } from './proxy.js';

/** `/api/v1/<path>` → `{MODELARTS_ENDPOINT}/v1/{project_id}/<path>`. */
export function v1ProxyRouter(target: string, logger: Logger): Router {
  return apiProxyRouter({
    version: 'v1',
    target,
    allowList: V1_ALLOW_LIST,
    validators: [
      { method: 'POST', path: /^training-jobs$/, schema: CreateTrainingJobRequestSchema },
    ],
    logger,
  });
}
