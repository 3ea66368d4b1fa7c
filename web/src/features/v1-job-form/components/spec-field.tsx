import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import type { ResourceSpec } from '@console/shared';

export function describeSpec(spec: ResourceSpec): string {
  const gpu = spec.gpu_num > 0 ? `${spec.gpu_num} × ${spec.gpu_type || 'GPU'}` : 'no GPU';
  return `${spec.core} cores · ${spec.cpu} GB · ${gpu} · up to ${spec.max_num} node${spec.max_num === 1 ? '' : 's'}`;
}

interface SpecFieldProps {
  specs: readonly ResourceSpec[];
  value: string;
  onChange: (specCode: string) => void;
  onBlur: () => void;
  error?: string | undefined;
}

/** "Resource specification": one radio per spec; sold-out specs are shown but disabled. */
export function SpecField({ specs, value, onChange, onBlur, error }: SpecFieldProps) {
  return (
    <Radio.Group label="Resource specification" value={value} onChange={onChange} error={error}>
      <Stack gap="xs" mt={6} onBlur={onBlur}>
        {specs.map((spec) => (
          <Radio
            key={spec.spec_code}
            value={spec.spec_code}
            disabled={spec.no_resource}
            label={
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" ff="monospace">
                  {spec.spec_code}
                </Text>
                {spec.no_resource && (
                  <Badge color="gray" size="xs" variant="outline">
                    Sold out
                  </Badge>
                )}
              </Group>
            }
            description={describeSpec(spec)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
