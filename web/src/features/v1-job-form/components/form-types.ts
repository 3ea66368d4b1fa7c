import type { UseFormReturn } from 'react-hook-form';
import type { CreateJobFormValues } from '../form-values.js';

/** Which endpoint the shared form edits: a new job, a new version of one, or a saved configuration. */
export type FormMode = 'job' | 'version' | 'config';

export type JobForm = UseFormReturn<CreateJobFormValues>;

export interface SectionProps {
  form: JobForm;
  mode: FormMode;
}
