import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RewardPoint } from '../trial-history.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The reward a trial reported per iteration, as a small line chart. */
export function RewardChart({ points, rewardName }: { points: RewardPoint[]; rewardName: string }) {
  const { t } = useTranslation();
  return (
    <div style={{ width: '100%', height: 180 }} data-testid="trial-reward-chart">
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="iteration"
            label={{ value: t('iteration'), position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis />
          <Tooltip />
          <Line
            type="monotone"
            dataKey="reward"
            name={rewardName}
            stroke="#228be6"
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
