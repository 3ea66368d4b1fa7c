import { Progress, Skeleton, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert.js';
import { parameterAnalysisQueryOptions } from '../api/autosearch-queries.js';
import { importanceRows } from '../importance.js';
import { formatNumber } from '../trial-format.js';
import { AnalysisPlotButton } from './analysis-plot-button.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

const clamp = (n: number) => Math.min(100, Math.max(0, n * 100));

/** `GET …/autosearch-parameter-analysis`: how much each parameter mattered (mean ± std). */
export function ParameterImportance({ jobId, live }: { jobId: string; live: boolean }) {
  const { t } = useTranslation();
  const analysis = useQuery(parameterAnalysisQueryOptions(jobId, live));
  if (analysis.isPending)
    return <Skeleton height={40} aria-label={t('Loading parameter importance')} />;
  if (analysis.isError)
    return (
      <ErrorAlert error={analysis.error} title={t('Could not load the parameter importance')} />
    );
  const rows = importanceRows(analysis.data);
  if (rows.length === 0) return null;
  return (
    <div>
      <Title order={3} size="h6" mb={4}>
        {t('Parameter importance')}
      </Title>
      <Table verticalSpacing={2} aria-label={t('Parameter importance')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Parameter')}</Table.Th>
            <Table.Th>{t('Importance (mean ± std)')}</Table.Th>
            <Table.Th w="40%" aria-label={t('Mean importance')} />
            <Table.Th aria-label={t('Plot')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.parameter} data-testid={`importance-${r.parameter}`}>
              <Table.Td ff="monospace">{r.parameter}</Table.Td>
              <Table.Td>
                {r.mean === null
                  ? r.raw || '—'
                  : `${formatNumber(r.mean)}${r.std === null ? '' : ` ± ${formatNumber(r.std)}`}`}
              </Table.Td>
              <Table.Td>
                {r.mean !== null && (
                  <Progress
                    value={clamp(r.mean)}
                    size="sm"
                    aria-label={t('{{parameter}} importance', { parameter: r.parameter })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <AnalysisPlotButton jobId={jobId} parameter={r.parameter} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
