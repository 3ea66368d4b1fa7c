import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPathByValue } from 'react-hook-form';
import { ObsPathInput } from '../../../components/obs-picker/obs-path-input.js';
import type { ObsPickKind } from '../../../components/obs-picker/obs-picker-modal.js';
import type { V2JobFormValues } from '../form-values.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  control: Control<V2JobFormValues>;
  name: FieldPathByValue<V2JobFormValues, string>;
  label: string;
  kind: ObsPickKind;
  description?: ReactNode;
  placeholder?: string;
  error?: string | undefined;
  /** Outputs: the job creates the folder. */
  mayNotExist?: boolean;
  size?: 'xs' | 'sm';
  /** "Browse" opens here when the value is empty or outside it. */
  browseWithin?: string;
}

/** An OBS path of the v2 form (`obs://bucket/…`): typed and checked, or chosen with "Browse". */
export function ObsField({ control, name, error, ...props }: Props) {
  const issue = useIssueText();
  return (
    <Controller
      control={control}
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
          pathStyle="obs"
        />
      )}
    />
  );
}
