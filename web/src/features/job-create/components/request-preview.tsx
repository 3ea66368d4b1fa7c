import { Card, Code, ScrollArea, Text, Title } from '@mantine/core';
import { useWatch, type Control } from 'react-hook-form';
import type { CreateJobFormValues } from '../form-values.js';
import { toCreateJobRequest } from '../to-create-job-request.js';

/** Read-only preview of exactly the body the Create button sends. */
export function RequestPreview({ control }: { control: Control<CreateJobFormValues> }) {
  const values = useWatch({ control }) as CreateJobFormValues;
  const json = JSON.stringify(toCreateJobRequest(values), null, 2);
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
        POST /v1/&#123;project_id&#125;/training-jobs
      </Text>
      <ScrollArea.Autosize mah="70vh">
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
