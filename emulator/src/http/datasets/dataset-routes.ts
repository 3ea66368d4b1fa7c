import { Router, type ErrorRequestHandler } from 'express';
import {
  DatasetListQuerySchema,
  DatasetVersionListQuerySchema,
  expressPath,
  v2Endpoints,
} from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { requireToken } from '../iam/auth-middleware.js';
import { route } from '../route.js';
import { formatPath, V1Error } from '../../domain/v1/errors.js';
import { countSamples, datasetVersionFolder } from '../../domain/datasets/dataset-files.js';
import { datasetVersionView, datasetView } from '../../domain/datasets/dataset-views.js';
import {
  findDataset,
  SAMPLE_DATASETS,
  type SampleDataset,
} from '../../domain/datasets/sample-datasets.js';

const datasetNotFound = (id: string) =>
  new V1Error(404, 'ModelArts.4352', `Dataset does not exist: ${id}`);
const versionNotFound = (id: string) =>
  new V1Error(404, 'ModelArts.4353', `Dataset version does not exist: ${id}`);

function badQuery(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): V1Error {
  const issue = issues[0];
  const field = issue ? formatPath(issue.path) : '';
  return new V1Error(400, 'ModelArts.0101', `Invalid Argument: ${field}: ${issue?.message ?? ''}`);
}

/** Dataset failures use the v2 error shape (catalog §2.2): `{error_code, error_msg}`. */
const v2ErrorShape: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (!(err instanceof V1Error)) return next(err);
  res.status(err.status).json({ error_code: err.code, error_msg: err.message });
};

/** `GET /v2/{project_id}/datasets[/{id}[/versions[/{version_id}]]]` (catalog §3.19): the shipped samples. */
export function datasetRouter(ctx: EmulatorContext): Router {
  const view = (d: SampleDataset) =>
    datasetView(d, (v) =>
      countSamples(datasetVersionFolder(ctx.paths, d.dataset_id, v.version_id)),
    );
  const datasetOf = (id: string) => {
    const d = findDataset(id);
    if (!d) throw datasetNotFound(id);
    return d;
  };

  // the token check and the error shape cover the datasets paths only (the v2 router follows)
  const datasets = expressPath(v2Endpoints.listDatasets);
  const project = Router({ mergeParams: true });
  project.use(datasets, requireToken(ctx.tokens, { key: ctx.accessKey, users: ctx.users }));
  route(project, v2Endpoints.listDatasets, (req, res) => {
    const q = DatasetListQuerySchema.safeParse(req.query);
    if (!q.success) throw badQuery(q.error.issues);
    const { offset, limit, sort_by, order, search_content, dataset_type } = q.data;
    const needle = search_content?.toLowerCase() ?? '';
    const rows = SAMPLE_DATASETS.filter(
      (d) =>
        d.dataset_name.toLowerCase().includes(needle) &&
        (dataset_type === undefined || d.dataset_type === dataset_type),
    ).map(view);
    const dir = order === 'asc' ? 1 : -1;
    rows.sort((a, b) =>
      sort_by === 'dataset_name'
        ? a.dataset_name.localeCompare(b.dataset_name) * dir
        : (a.create_time - b.create_time) * dir || a.dataset_name.localeCompare(b.dataset_name),
    );
    res.json({ total_number: rows.length, datasets: rows.slice(offset, offset + limit) });
  });
  route(project, v2Endpoints.getDataset, (req, res) => {
    res.json(view(datasetOf(req.params.dataset_id)));
  });
  route(project, v2Endpoints.listDatasetVersions, (req, res) => {
    const d = datasetOf(req.params.dataset_id);
    const q = DatasetVersionListQuerySchema.safeParse(req.query);
    if (!q.success) throw badQuery(q.error.issues);
    const { offset, limit, status } = q.data;
    const rows = [...d.versions]
      .reverse()
      .map((v) => ({
        ...datasetVersionView(d, v),
        total_sample_count: countSamples(
          datasetVersionFolder(ctx.paths, d.dataset_id, v.version_id),
        ),
      }))
      .filter((v) => status === undefined || v.status === status);
    res.json({ total_number: rows.length, versions: rows.slice(offset, offset + limit) });
  });
  route(project, v2Endpoints.getDatasetVersion, (req, res) => {
    const d = datasetOf(req.params.dataset_id);
    const v = d.versions.find((x) => x.version_id === req.params.version_id);
    if (!v) throw versionNotFound(req.params.version_id);
    const folder = datasetVersionFolder(ctx.paths, d.dataset_id, v.version_id);
    res.json({ ...datasetVersionView(d, v), total_sample_count: countSamples(folder) });
  });
  project.use(datasets, v2ErrorShape);

  const router = Router();
  router.use('/:project_id', project);
  return router;
}
