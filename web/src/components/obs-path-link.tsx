import { Anchor, Code } from '@mantine/core';
import { obsPathProblem } from '@console/shared';
import { Link } from 'react-router';
import { paths } from '../config/paths.js';
import { toConsolePath } from '../lib/obs/obs-paths.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

/** An OBS path shown as code that opens in the file browser (plain code when it is no OBS path). */
export function ObsPathLink({ path }: { path: string | null | undefined }) {
  const { t } = useTranslation();
  if (!path) return <>—</>;
  if (obsPathProblem(path) !== null) return <Code>{path}</Code>;
  return (
    <Anchor
      component={Link}
      to={paths.obs.href(toConsolePath(path))}
      title={t('Open in the file browser')}
      size="sm"
    >
      <Code c="inherit">{path}</Code>
    </Anchor>
  );
}
