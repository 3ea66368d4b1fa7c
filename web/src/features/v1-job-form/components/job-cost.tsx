import { useWatch, type Control } from 'react-hook-form';
import { CostEstimate, CostSummary } from '../../../components/cost-estimate/cost-estimate.js';
import type { CreateJobFormValues } from '../form-values.js';

interface Props {
  control: Control<CreateJobFormValues>;
  /** The expected run time the user typed (v1 jobs have no auto stop). */
  hours: number;
}

function useCostInput(control: Control<CreateJobFormValues>, hours: number) {
  const [kind, code, workers] = useWatch({
    control,
    name: ['resource', 'spec_code', 'worker_server_num'],
  });
  // a dedicated pool is paid for as a pool, not per job: no estimate
  return { code: kind === 'pool' ? '' : code, nodes: Number(workers), chosenHours: hours };
}

/** The cost of the chosen specification, under the picker. */
export function JobCostEstimate({
  control,
  hours,
  onHoursChange,
}: Props & {
  onHoursChange: (hours: number) => void;
}) {
  const input = useCostInput(control, hours);
  if (!input.code) return null;
  return <CostEstimate {...input} onChosenHoursChange={onHoursChange} />;
}

/** The same estimate in the request summary column. */
export function JobCostSummary({ control, hours }: Props) {
  return <CostSummary {...useCostInput(control, hours)} />;
}
