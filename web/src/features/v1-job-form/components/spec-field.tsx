import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import type { ResourceSpec } from '@console/shared';
import { t } from '../../../lib/i18n/i18n.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

export function describeSpec(spec: ResourceSpec): string {
  const gpu = spec.gpu_num > 0 ? `${spec.gpu_num} × ${spec.gpu_type || 'GPU'}` : t('no GPU');
  return [
    t('{{n}} cores', { n: spec.core }),
    `${spec.cpu} GB`,
    gpu,
    t('up to {{count}} nodes', { count: spec.max_num }),
  ].join(' · ');
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
  const { t } = useTranslation();
  const issue = useIssueText();
  return (
    <Radio.Group
      label={t('Resource specification')}
      value={value}
      onChange={onChange}
      error={issue(error)}
    >
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
                    {t('Sold out')}
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
