import { Card, Code, ScrollArea, Text, Title } from '@mantine/core';
import { useWatch, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from '../lib/i18n/use-translation.js';

export interface PreviewTarget<T> {
  /** e.g. `POST /v1/{project_id}/training-jobs`. */
  endpoint: string;
  /** The same pure mapping the submit uses. */
  toBody: (values: T) => unknown;
}

/** Read-only preview of exactly the body the submit button sends (v1 and v2 create forms). */
export function RequestPreview<T extends FieldValues>({
  control,
  target,
  testId = 'request-preview',
}: {
  control: Control<T>;
  target: PreviewTarget<T>;
  /** The preview's `data-testid`; its title's id is `<testId>-title`. */
  testId?: string;
}) {
  const { t } = useTranslation();
  const values = useWatch({ control }) as T;
  const json = JSON.stringify(target.toBody(values), null, 2);
  const titleId = `${testId}-title`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h5" id={titleId}>
        {t('Request preview')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {target.endpoint}
      </Text>
      {/* focusable: a keyboard scrolls the body too (axe: scrollable-region-focusable) */}
      <ScrollArea.Autosize
        mah="75vh"
        viewportProps={{ tabIndex: 0, 'aria-labelledby': titleId, role: 'region' }}
      >
        <Code
          block
          data-testid={testId}
          fz="xs"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {json}
        </Code>
      </ScrollArea.Autosize>
    </Card>
  );
}
