import { Card, Code, ScrollArea, Text, Title } from '@mantine/core';
import { useWatch, type Control } from 'react-hook-form';
import type { CreateJobFormValues } from '../form-values.js';

export interface PreviewTarget {
  /** e.g. `POST /v1/{project_id}/training-jobs`. */
  endpoint: string;
  /** The same pure mapping the submit uses. */
  toBody: (values: CreateJobFormValues) => unknown;
}

/** Read-only preview of exactly the body the submit button sends. */
export function RequestPreview({
  control,
  target,
}: {
  control: Control<CreateJobFormValues>;
  target: PreviewTarget;
}) {
  const values = useWatch({ control }) as CreateJobFormValues;
  const json = JSON.stringify(target.toBody(values), null, 2);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="request-preview-title"
    >
      <Title order={2} size="h5" id="request-preview-title">
        Request preview
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {target.endpoint}
      </Text>
      <ScrollArea.Autosize mah="75vh">
        <Code
          block
          data-testid="request-preview"
          fz="xs"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {json}
        </Code>
      </ScrollArea.Autosize>
    </Card>
  );
}
