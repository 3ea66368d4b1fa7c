import { useController, type Control, type FieldErrors } from 'react-hook-form';
import { DatasetPicker } from '../../../components/dataset-picker.js';
import type { V2JobFormValues } from '../form-values.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  index: number;
  control: Control<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

/** Dataset + version of input channel `index`: the shared picker bound to the form's fields. */
export function InputDatasetPicker({ index, control, errors }: Props) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const dataset = useController({ control, name: `inputs.${index}.datasetId` });
  const version = useController({ control, name: `inputs.${index}.datasetVersionId` });
  const err = errors.inputs?.[index];
  return (
    <DatasetPicker
      label={t('Input {{n}} dataset', { n: index + 1 })}
      datasetId={dataset.field.value}
      versionId={version.field.value}
      onDatasetChange={dataset.field.onChange}
      onVersionChange={version.field.onChange}
      onDatasetBlur={dataset.field.onBlur}
      onVersionBlur={version.field.onBlur}
      datasetError={issue(err?.datasetId?.message)}
      versionError={issue(err?.datasetVersionId?.message)}
    />
  );
}
