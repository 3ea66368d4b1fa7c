import { Group, Radio } from '@mantine/core';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props<T extends string> {
  label: string;
  /** Option labels are English messages (`msg('…')`), shown translated. */
  description?: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** An exclusive switch (code source, data source, resource) as one labelled radio group. */
export function SwitchField<T extends string>({
  label,
  description,
  value,
  options,
  onChange,
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value}
      onChange={(v) => onChange(v as T)}
    >
      <Group gap="lg" mt={6}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} label={t(o.label)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
