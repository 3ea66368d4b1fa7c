import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.js';
import { notifyError } from '../../../lib/notify-error.js';
import { fetchAnalysisImagePath } from '../api/autosearch-queries.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** "Plot": the parameter-vs-reward image is drawn into OBS, then opened in the file browser. */
export function AnalysisPlotButton({ jobId, parameter }: { jobId: string; parameter: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plot = useMutation({
    mutationFn: () => fetchAnalysisImagePath(jobId, parameter),
    onSuccess: (filePath) => navigate(paths.obs.href(filePath)),
    onError: (error) => notifyError(t('Could not draw the plot'), error),
  });
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      loading={plot.isPending}
      onClick={() => plot.mutate()}
      aria-label={t('Plot {{parameter}} against the reward', { parameter })}
    >
      {t('Plot')}
    </Button>
  );
}
