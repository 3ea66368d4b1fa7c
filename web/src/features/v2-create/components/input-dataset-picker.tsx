import { useController, type Control, type FieldErrors } from 'react-hook-form';
import { DatasetPicker } from '../../../components/dataset-picker.js';
import type { V2JobFormValues } from '../form-values.js';

interface Props {
  index: number;
  control: Control<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

/** Dataset + version of input channel `index`: the shared picker bound to the form's fields. */
export function InputDatasetPicker({ index, control, errors }: Props) {
  const dataset = useController({ control, name: `inputs.${index}.datasetId` });
  const version = useController({ control, name: `inputs.${index}.datasetVersionId` });
  const err = errors.inputs?.[index];
  return (
    <DatasetPicker
      label={`Input ${index + 1} dataset`}
      datasetId={dataset.field.value}
      versionId={version.field.value}
      onDatasetChange={dataset.field.onChange}
      onVersionChange={version.field.onChange}
      onDatasetBlur={dataset.field.onBlur}
      onVersionBlur={version.field.onBlur}
      datasetError={err?.datasetId?.message}
      versionError={err?.datasetVersionId?.message}
    />
  );
}
