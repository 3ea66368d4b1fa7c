import type { BuiltInAlgorithmParameter } from '@console/shared';
import type { HyperparameterRow } from './form-values.js';

const isBlank = (r: HyperparameterRow) => r.label.trim() === '' && r.value.trim() === '';

/**
 * The hyperparameter rows after choosing a built-in algorithm: the rows the user wrote stay, the
 * untouched defaults of the previously chosen algorithm and blank rows go, and the new algorithm's
 * defaults (`parameter[]`, catalog §3.12) are added for every label not already present.
 */
export function withAlgorithmDefaults(
  rows: readonly HyperparameterRow[],
  next: readonly BuiltInAlgorithmParameter[],
  previous: readonly BuiltInAlgorithmParameter[] = [],
): HyperparameterRow[] {
  const untouched = new Set(previous.map((p) => `${p.label}\u0000${p.value}`));
  const kept = rows.filter((r) => !isBlank(r) && !untouched.has(`${r.label}\u0000${r.value}`));
  const labels = new Set(kept.map((r) => r.label.trim()));
  const added = next
    .filter((p) => !labels.has(p.label))
    .map((p) => ({ label: p.label, value: p.value }));
  return [...kept, ...added];
}
