import { z } from 'zod';
import {
  safeId,
  safeImageUrl,
  safeLine,
  safeLocalPath,
  safeMultiline,
  safeNfsPath,
  safeObsPath,
} from '../safe-strings.js';

/** `{label, value}` run parameters; samples send numbers as values (§7.2 #14), so both are read. */
export const ParameterSchema = z.strictObject({
  label: z
    .string({ error: 'label is required' })
    .min(1, 'label is required')
    .max(128, 'label must be at most 128 characters')
    .regex(/^[A-Za-z0-9_.-]+$/, 'label may contain only letters, digits, _, . and -'),
  value: z.union([safeLine('value', { allowEmpty: true }), z.number()], {
    error: 'value must be a string or a number',
  }),
});
export type Parameter = z.infer<typeof ParameterSchema>;

/** `config.data_source[]` (catalog §3.1): `obs` entries carry data_url, `dataset` entries an id + version. */
export const DataSourceSchema = z
  .strictObject({
    type: z.enum(['obs', 'dataset']).optional(),
    data_url: safeObsPath('data_url').optional(),
    dataset_id: safeId('dataset_id').optional(),
    dataset_version: safeId('dataset_version').optional(),
  })
  .superRefine((s, ctx) => {
    const isDataset = s.type === 'dataset' || (s.type === undefined && s.dataset_id !== undefined);
    if (isDataset) {
      if (!s.dataset_id)
        ctx.addIssue({
          code: 'custom',
          path: ['dataset_id'],
          message: 'dataset_id is required for a dataset source',
        });
      if (!s.dataset_version)
        ctx.addIssue({
          code: 'custom',
          path: ['dataset_version'],
          message: 'dataset_version is required with dataset_id',
        });
      if (s.data_url)
        ctx.addIssue({
          code: 'custom',
          path: ['data_url'],
          message: 'data_url cannot be combined with a dataset source',
        });
    } else {
      if (!s.data_url)
        ctx.addIssue({
          code: 'custom',
          path: ['data_url'],
          message: 'data_url is required for an obs source',
        });
      if (s.dataset_id || s.dataset_version)
        ctx.addIssue({
          code: 'custom',
          path: ['dataset_id'],
          message: 'dataset_id cannot be combined with an obs source',
        });
    }
  });
export type DataSource = z.infer<typeof DataSourceSchema>;

const volumeBody = {
  dest_path: safeLocalPath('dest_path'),
  read_only: z.boolean().optional(),
};
/** `config.volumes[]` (catalog §5.1): exactly one of `nfs` or `host_path` per entry. */
export const VolumeSchema = z.union([
  z.strictObject({
    nfs: z.strictObject({
      id: safeId('id'),
      src_path: safeNfsPath('src_path'),
      ...volumeBody,
    }),
  }),
  z.strictObject({
    host_path: z.strictObject({ src_path: safeLocalPath('src_path'), ...volumeBody }),
  }),
]);
export type Volume = z.infer<typeof VolumeSchema>;

const positiveId = (name: string) =>
  z
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be positive`);

/** Fields shared by a job's `config`, a version's `config` and a saved configuration (catalog §3.1, §3.5, §3.15). */
export const jobConfigFields = {
  worker_server_num: z
    .number({ error: 'worker_server_num is required' })
    .int('worker_server_num must be a whole number')
    .min(1, 'worker_server_num must be at least 1')
    .max(64, 'worker_server_num must be at most 64'),
  app_url: safeObsPath('app_url').optional(),
  boot_file_url: safeObsPath('boot_file_url').optional(),
  engine_id: positiveId('engine_id').optional(),
  model_id: positiveId('model_id').optional(),
  parameter: z.array(ParameterSchema).max(100, 'at most 100 parameters').optional(),
  data_url: safeObsPath('data_url').optional(),
  dataset_id: safeId('dataset_id').optional(),
  dataset_version_id: safeId('dataset_version_id').optional(),
  data_source: z.array(DataSourceSchema).min(1, 'data_source needs at least one entry').optional(),
  spec_id: positiveId('spec_id').optional(),
  pool_id: z.string().min(1).max(64).optional(),
  flavor: z
    .strictObject({ code: z.string().min(1, 'flavor.code is required').max(128) })
    .optional(),
  train_url: safeObsPath('train_url').optional(),
  log_url: safeObsPath('log_url').optional(),
  user_image_url: safeImageUrl('user_image_url').optional(),
  // a shell command: may span lines
  user_command: safeMultiline('user_command').optional(),
};

type ConfigLike = {
  [K in keyof typeof jobConfigFields]?: z.infer<(typeof jobConfigFields)[K]>;
};

/**
 * The exclusive groups of catalog §3.1: one code source, one data source, one resource.
 * Lenient where the documented samples are (they send spec_id with pool_id, app_url with an image).
 */
export function checkConfigGroups(c: ConfigLike, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  const hasImage = c.user_image_url !== undefined || c.user_command !== undefined;
  if (hasImage) {
    if (!c.user_image_url) issue('user_image_url', 'user_image_url is required with user_command');
    if (!c.user_command) issue('user_command', 'user_command is required with user_image_url');
  } else if (c.model_id === undefined) {
    if (!c.app_url)
      issue('app_url', 'app_url is required (or choose a built-in algorithm or a custom image)');
    if (!c.boot_file_url) issue('boot_file_url', 'boot_file_url is required with app_url');
    if (c.app_url && c.boot_file_url && !toObsKey(c.boot_file_url).startsWith(toObsKey(c.app_url)))
      issue('boot_file_url', 'boot_file_url must be inside app_url');
  }
  const dataForms = [
    c.data_url !== undefined,
    c.data_source !== undefined,
    c.dataset_id !== undefined || c.dataset_version_id !== undefined,
  ].filter(Boolean).length;
  if (dataForms === 0)
    issue(
      'data_url',
      'one of data_url, data_source or dataset_id + dataset_version_id is required',
    );
  if (dataForms > 1)
    issue('data_url', 'data_url, data_source and dataset_id + dataset_version_id are exclusive');
  if ((c.dataset_id === undefined) !== (c.dataset_version_id === undefined))
    issue(
      c.dataset_id ? 'dataset_version_id' : 'dataset_id',
      'dataset_id and dataset_version_id go together',
    );
  if (c.spec_id === undefined && c.pool_id === undefined && c.flavor === undefined)
    issue('spec_id', 'a resource is required: spec_id, flavor.code or pool_id');
}

/** `/bucket/dir/` and `obs://bucket/dir/` name the same object: compare them without the scheme. */
export function toObsKey(path: string): string {
  return path.replace(/^obs:\/\//, '/');
}
