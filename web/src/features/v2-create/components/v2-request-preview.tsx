import { Card, Code, ScrollArea, Text, Title } from '@mantine/core';
import { useWatch, type Control } from 'react-hook-form';
import type { V2JobFormValues } from '../form-values.js';
import { toCreateV2Request } from '../to-create-request.js';

/** Read-only preview of exactly the body the Create button sends. */
export function V2RequestPreview({ control }: { control: Control<V2JobFormValues> }) {
  const values = useWatch({ control }) as V2JobFormValues;
  const json = JSON.stringify(toCreateV2Request(values), null, 2);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="v2-preview-title"
    >
      <Title order={2} size="h5" id="v2-preview-title">
        Request preview
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        POST /v2/&#123;project_id&#125;/training-jobs
      </Text>
      <ScrollArea.Autosize mah="75vh">
        <Code
          block
          data-testid="v2-request-preview"
          fz="xs"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {json}
        </Code>
      </ScrollArea.Autosize>
    </Card>
  );
}
