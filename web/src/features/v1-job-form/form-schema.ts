import { CreateTrainingJobRequestSchema, type ResourceSpec } from '@console/shared';
import { z } from 'zod';
import { formFieldForPath, isFieldVisible } from './form-field-path.js';
import type { CreateJobFormValues } from './form-values.js';
import { localIssues } from './local-rules.js';
import { toCreateJobRequest } from './to-create-job-request.js';

export { formFieldForPath } from './form-field-path.js';

export interface BodyIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}
/** Validates the body a form would send with the request schema of its endpoint. */
export type BodyCheck = (values: CreateJobFormValues) => readonly BodyIssue[];

export const jobBodyCheck: BodyCheck = (values) => {
  const parsed = CreateTrainingJobRequestSchema.safeParse(toCreateJobRequest(values));
  return parsed.success ? [] : parsed.error.issues;
};

export interface FormSchemaOptions {
  /** A saved configuration may name a sold-out spec: it does not run now. */
  allowSoldOut?: boolean;
}

/**
 * The form schema: the rules only the form knows (a chosen engine, spec, algorithm, dataset; the spec's
 * `max_num`), then the endpoint's shared request schema applied to exactly the body the form sends,
 * so the messages are the ones the BFF and the emulator give. Each issue lands beside its field.
 */
export function makeCreateJobFormSchema(
  specs: readonly ResourceSpec[] | undefined,
  check: BodyCheck = jobBodyCheck,
  options: FormSchemaOptions = {},
) {
  return z
    .custom<CreateJobFormValues>(() => true)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      let rootMessage: string | null = null;
      const add = (field: string, message: string) => {
        if (seen.has(field)) return;
        seen.add(field);
        ctx.addIssue({ code: 'custom', path: field.split('.'), message });
      };
      for (const issue of localIssues(values, specs, options.allowSoldOut ?? false)) {
        add(issue.field, issue.message);
      }
      for (const issue of check(values)) {
        let field = formFieldForPath(issue.path);
        if (field === 'spec_code' && values.resource === 'pool') field = 'pool_id';
        if (field && isFieldVisible(field, values)) add(field, issue.message);
        else rootMessage ??= issue.message;
      }
      if (seen.size === 0 && rootMessage) add('root', rootMessage);
    });
}
