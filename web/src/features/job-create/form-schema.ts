import { CreateTrainingJobRequestSchema, type ResourceSpec } from '@console/shared';
import { z } from 'zod';
import type { CreateJobFormValues } from './form-values.js';
import { toCreateJobRequest } from './to-create-job-request.js';

/**
 * Where a request-body path is edited in the form, e.g. `config.data_source.0.data_url` → `data_url`.
 * Returns null for paths the form has no field for (they then show on the form as a whole).
 */
export function formFieldForPath(path: ReadonlyArray<PropertyKey>): string | null {
  const [head, second, third, fourth] = path.map(String);
  if (head === 'job_name' || head === 'job_desc') return head;
  if (head !== 'config') return null;
  switch (second) {
    case 'flavor':
    case 'spec_id':
    case 'pool_id':
      return 'spec_code';
    case 'data_source':
    case 'data_url':
    case 'dataset_id':
    case 'dataset_version_id':
      return 'data_url';
    case 'parameter':
      return third !== undefined && fourth !== undefined
        ? `parameters.${third}.${fourth}`
        : 'parameters';
    case 'worker_server_num':
    case 'engine_id':
    case 'app_url':
    case 'boot_file_url':
    case 'train_url':
      return second;
    default:
      return null;
  }
}

const row = z.object({ label: z.string(), value: z.string() });

/**
 * The form schema: the shape of the form values, validated by the shared
 * CreateTrainingJobRequestSchema applied to `toCreateJobRequest(values)` (so the messages are the
 * ones the BFF and the emulator give), plus the rules only the form knows: the chosen spec must be
 * available and `worker_server_num` must not exceed its `max_num`.
 */
export function makeCreateJobFormSchema(specs: readonly ResourceSpec[] | undefined) {
  return z
    .object({
      job_name: z.string(),
      job_desc: z.string(),
      spec_code: z.string(),
      engine_id: z.string(),
      app_url: z.string(),
      boot_file_url: z.string(),
      data_url: z.string(),
      train_url: z.string(),
      worker_server_num: z.union([z.number(), z.string()]),
      parameters: z.array(row),
    })
    .superRefine((values: CreateJobFormValues, ctx) => {
      const seen = new Set<string>();
      const add = (field: string, message: string) => {
        if (seen.has(field)) return;
        seen.add(field);
        ctx.addIssue({ code: 'custom', path: field.split('.'), message });
      };
      if (!values.engine_id) add('engine_id', 'Choose an AI engine');
      const spec = specs?.find((s) => s.spec_code === values.spec_code);
      if (!values.spec_code) add('spec_code', 'Choose a resource specification');
      else if (specs && !spec) add('spec_code', `${values.spec_code} is not offered here`);
      else if (spec?.no_resource) add('spec_code', `${spec.spec_code} is sold out`);

      const parsed = CreateTrainingJobRequestSchema.safeParse(toCreateJobRequest(values));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          add(formFieldForPath(issue.path) ?? 'root', issue.message);
        }
      }
      const workers = Number(values.worker_server_num);
      if (spec && Number.isInteger(workers) && workers > spec.max_num) {
        add(
          'worker_server_num',
          `worker_server_num must be at most ${spec.max_num} for ${spec.spec_code}`,
        );
      }
    });
}
