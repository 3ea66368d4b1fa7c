import { ActionIcon } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import { canStopRow } from '../api/job-row-actions.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

const JobRowMenu = lazy(() => import('./job-row-menu.js').then((m) => ({ default: m.JobRowMenu })));
type Props = ComponentProps<typeof JobRowMenu>;

/**
 * A row's "⋯" menu, loaded when the first rows render, after the first screen (issue 14: the
 * list is interactive before the menu's code arrives). Until then a disabled trigger holds its place, named so that nobody (and
 * no test) mistakes it for the working one.
 */
export function LazyJobRowMenu(props: Props) {
  const { t } = useTranslation();
  // no menu at all where the role allows nothing: decided here, without loading anything
  if (!(props.allowStop && canStopRow(props.row)) && !props.allowDelete) return null;
  return (
    <Suspense
      fallback={
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled
          aria-label={t('Loading the actions for {{name}}', { name: props.row.name })}
        >
          ⋯
        </ActionIcon>
      }
    >
      <JobRowMenu {...props} />
    </Suspense>
  );
}
