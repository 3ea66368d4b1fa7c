import type { ReactNode } from 'react';
import { Controller, type FieldPathByValue } from 'react-hook-form';
import { ObsPathInput } from '../../../components/obs-picker/obs-path-input.js';
import type { ObsPickKind } from '../../../components/obs-picker/obs-picker-modal.js';
import type { CreateJobFormValues } from '../form-values.js';
import type { JobForm } from './form-types.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  form: JobForm;
  name: FieldPathByValue<CreateJobFormValues, string>;
  label: string;
  kind: ObsPickKind;
  description?: ReactNode;
  error?: string | undefined;
  /** Outputs and logs: the job creates the folder. */
  mayNotExist?: boolean;
  size?: 'xs' | 'sm';
  /** "Browse" opens here when the value is empty or outside it. */
  browseWithin?: string;
}

/** An OBS path of the v1 form (`/bucket/…`): typed and checked, or chosen with "Browse". */
export function ObsField({ form, name, error, ...props }: Props) {
  const issue = useIssueText();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <ObsPathInput
          {...props}
          error={issue(error)}
          name={field.name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          pathStyle="slash"
        />
      )}
    />
  );
}
