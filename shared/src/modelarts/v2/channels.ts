import { z } from 'zod';
import { safeId, safeLine, safeLocalPath, safeObsPath } from '../safe-strings.js';
import { ObsRemoteSchema, optString } from './common.js';

/** `remote.dataset` of an input channel (catalog §4.1 Input). */
export const DatasetRemoteSchema = z.strictObject({
  id: safeId('remote.dataset.id'),
  version_id: safeId('remote.dataset.version_id'),
  obs_url: safeObsPath('remote.dataset.obs_url', { allowEmpty: true }).optional(),
});

export const InputRemoteSchema = z
  .strictObject({ obs: ObsRemoteSchema.optional(), dataset: DatasetRemoteSchema.optional() })
  .refine((r) => (r.obs ? 1 : 0) + (r.dataset ? 1 : 0) === 1, {
    message: 'remote needs exactly one of obs or dataset',
  });

export const RemoteConstraintSchema = z.looseObject({
  data_type: z.string().optional(),
  attributes: z.unknown().optional(),
});

export const InputRequestSchema = z.strictObject({
  // becomes a process argument `--name=<folder>/`
  name: safeLine('inputs[].name', { max: 64 }),
  description: optString('inputs[].description', 256).optional(),
  local_dir: safeLocalPath('inputs[].local_dir', { allowEmpty: true }).optional(),
  remote: InputRemoteSchema,
  remote_constraint: z.array(RemoteConstraintSchema).optional(),
});
export type InputRequest = z.infer<typeof InputRequestSchema>;

export const OutputRequestSchema = z.strictObject({
  name: safeLine('outputs[].name', { max: 64 }),
  description: optString('outputs[].description', 256).optional(),
  local_dir: safeLocalPath('outputs[].local_dir', { allowEmpty: true }).optional(),
  remote: z.strictObject({ obs: ObsRemoteSchema }, { error: 'outputs[].remote is required' }),
  mode: z.string().optional(),
  period: z.union([z.string(), z.number()]).optional(),
});
export type OutputRequest = z.infer<typeof OutputRequestSchema>;

/** Response channels: `remote.dataset` gains `obs_url`; `period` may be `30` or `"30s"` (§7.4). */
export const ChannelResponseSchema = z.looseObject({
  name: z.string(),
  description: z.string().nullish(),
  local_dir: z.string().nullish(),
  remote: z
    .looseObject({
      obs: z.looseObject({ obs_url: z.string() }).nullish(),
      dataset: z
        .looseObject({ id: z.string(), version_id: z.string(), obs_url: z.string().nullish() })
        .nullish(),
    })
    .nullish(),
  mode: z.string().nullish(),
  period: z.union([z.string(), z.number()]).nullish(),
});
export type ChannelResponse = z.infer<typeof ChannelResponseSchema>;
