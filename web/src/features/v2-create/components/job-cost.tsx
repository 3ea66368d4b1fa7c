import { useWatch, type Control } from 'react-hook-form';
import { CostEstimate, CostSummary } from '../../../components/cost-estimate/cost-estimate.js';
import type { V2JobFormValues } from '../form-values.js';

interface Props {
  control: Control<V2JobFormValues>;
  /** The expected run time the user typed, used when the job has no auto stop. */
  hours: number;
}

function useCostInput(control: Control<V2JobFormValues>, hours: number) {
  const [code, nodes, autoStopHours] = useWatch({
    control,
    name: ['flavorId', 'nodeCount', 'autoStopHours'],
  });
  return { code, nodes: Number(nodes), autoStopHours: Number(autoStopHours), chosenHours: hours };
}

/** The cost of the chosen flavor, under the picker. */
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
