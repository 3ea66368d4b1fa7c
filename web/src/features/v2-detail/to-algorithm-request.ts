import {
  AutoSearchSchema,
  type CreateAlgorithmRequest,
  type JobEngineRequest,
  type TrainingJobV2,
} from '@console/shared';

type JobConfig = NonNullable<CreateAlgorithmRequest['job_config']>;

/** Whether the job says how to run its code: code + boot file, or an image with a command. */
export function canSaveAsAlgorithm(job: TrainingJobV2): boolean {
  const a = job.algorithm;
  return Boolean((a?.code_dir && a.boot_file) || (a?.engine?.image_url && a.command));
}

function engineOf(job: TrainingJobV2): JobEngineRequest | undefined {
  const e = job.algorithm?.engine;
  if (!e) return undefined;
  if (e.image_url) return { image_url: e.image_url };
  if (e.engine_id) return { engine_id: e.engine_id };
  if (e.engine_name && e.engine_version)
    return { engine_name: e.engine_name, engine_version: e.engine_version };
  return undefined;
}

/**
 * "Save as algorithm" (catalog §4.14a): the job's code, engine, hyperparameters (as defaults that
 * a job may change or add to), the names of its inputs and outputs, and its search policy.
 */
export function toAlgorithmRequest(
  job: TrainingJobV2,
  name: string,
  description: string,
): CreateAlgorithmRequest {
  const a = job.algorithm ?? {};
  const image = Boolean(a.engine?.image_url);
  const engine = engineOf(job);
  const search = AutoSearchSchema.safeParse(a.policies?.auto_search).data;
  const config: JobConfig = {
    ...(a.code_dir && (a.boot_file || image) ? { code_dir: a.code_dir } : {}),
    ...(a.boot_file && !image ? { boot_file: a.boot_file } : {}),
    ...(image && a.command ? { command: a.command } : {}),
    ...(engine ? { engine } : {}),
    parameters: (a.parameters ?? []).map((p) => ({
      name: p.name,
      value: p.value === undefined ? '' : String(p.value),
      ...(p.description ? { description: p.description } : {}),
    })),
    inputs: (a.inputs ?? []).map((c) => ({ name: c.name })),
    outputs: (a.outputs ?? []).map((c) => ({ name: c.name })),
    parameters_customization: true,
  };
  const desc = description.trim();
  return {
    metadata: { name: name.trim(), ...(desc ? { description: desc } : {}) },
    job_config: config,
    ...(search?.search_params?.length ? { advanced_config: { auto_search: search } } : {}),
  };
}
