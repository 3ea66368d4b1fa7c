import type { Control, FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { V2JobFormValues } from '../form-values.js';

/** What the hyperparameter-search card hands to each of its parts (one form, one set of errors). */
export interface AutoSearchFieldProps {
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
  setValue: UseFormSetValue<V2JobFormValues>;
}
