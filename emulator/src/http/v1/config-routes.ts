import { Router, type Request } from 'express';
import {
  CreateJobConfigRequestSchema,
  JobConfigListQuerySchema,
  JobConfigTypeQuerySchema,
  UpdateJobConfigRequestSchema,
  v1Endpoints,
} from '@console/shared';
import type { EmulatorContext } from '../context.js';
import type { JobConfigRecord } from '../../store/types.js';
import { configDetails, configSummary, type ConfigLike } from '../../domain/v1/config-views.js';
import { invalidArgument, V1Error } from '../../domain/v1/errors.js';
import { projectOf } from './job-lookup.js';
import { checkConfigResources } from '../../domain/v1/resolve-config.js';
import { SAMPLE_CONFIGS } from '../../domain/v1/sample-configs.js';
import { route } from '../route.js';

const configNotFound = (name: string) =>
  new V1Error(
    404,
    'ModelArts.0105',
    `TrainingJobConfigNotFound: configuration ${name} does not exist`,
  );
const duplicateConfig = (name: string) =>
  new V1Error(400, 'ModelArts.0103', `Config name:${name} is existed`);

/** Training-job configurations (catalog §3.15 a–e), kept per project in the state file. */
export function configRouter(ctx: EmulatorContext): Router {
  const router = Router();
  const custom = (projectId: string) =>
    ctx.store.state.job_configs.filter((c) => c.project_id === projectId);
  const find = (
    projectId: string,
    name: string,
    type: 'custom' | 'sample',
  ): ConfigLike | undefined =>
    type === 'sample'
      ? SAMPLE_CONFIGS.find((c) => c.config_name === name)
      : custom(projectId).find((c) => c.config_name === name);
  const nameOf = (req: Request) => String(req.params.config_name ?? '');

  route(router, v1Endpoints.createConfig, (req, res) => {
    const parsed = CreateJobConfigRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidArgument(parsed.error);
    const { config_name, ...body } = parsed.data;
    const projectId = projectOf(res);
    if (find(projectId, config_name, 'custom')) throw duplicateConfig(config_name);
    checkConfigResources(ctx.paths, body, false);
    const record: JobConfigRecord = {
      project_id: projectId,
      config_name,
      create_time: Date.now(),
      body,
    };
    ctx.store.state.job_configs.push(record);
    ctx.store.metaChanged();
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.listConfigs, (req, res) => {
    const q = JobConfigListQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const { per_page, page, sortBy, order, search_content, config_type } = q.data;
    const source: readonly ConfigLike[] =
      config_type === 'sample' ? SAMPLE_CONFIGS : custom(projectOf(res));
    const needle = search_content?.toLowerCase() ?? '';
    const rows = source
      .map(configSummary)
      .filter((c) => c.config_name.toLowerCase().includes(needle));
    const dir = order === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      const cmp =
        sortBy === 'create_time'
          ? a.create_time - b.create_time
          : String(a[sortBy]).localeCompare(String(b[sortBy]));
      return cmp * dir || a.config_name.localeCompare(b.config_name);
    });
    res.json({
      is_success: true,
      config_total_count: rows.length,
      configs: rows.slice((page - 1) * per_page, page * per_page),
    });
  });

  route(router, v1Endpoints.getConfig, (req, res) => {
    const q = JobConfigTypeQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const found = find(projectOf(res), nameOf(req), q.data.config_type);
    if (!found) throw configNotFound(nameOf(req));
    res.json(configDetails(found));
  });

  route(router, v1Endpoints.updateConfig, (req, res) => {
    const found = custom(projectOf(res)).find((c) => c.config_name === nameOf(req));
    if (!found) throw configNotFound(nameOf(req));
    const parsed = UpdateJobConfigRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidArgument(parsed.error);
    checkConfigResources(ctx.paths, parsed.data, false);
    found.body = parsed.data;
    ctx.store.metaChanged();
    res.json({ is_success: true });
  });

  route(router, v1Endpoints.deleteConfig, (req, res) => {
    const projectId = projectOf(res);
    const found = custom(projectId).find((c) => c.config_name === nameOf(req));
    if (!found) throw configNotFound(nameOf(req));
    ctx.store.state.job_configs = ctx.store.state.job_configs.filter((c) => c !== found);
    ctx.store.metaChanged();
    res.json({ is_success: true });
  });

  return router;
}
