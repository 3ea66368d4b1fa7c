import { Card, NumberInput, Stack, TextInput } from '@mantine/core';
import type { ResourceSpec } from '@console/shared';
import { nodeBound, useGuardrails } from '../../../lib/guardrails.js';
import type { ReactNode } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import type { ResourceKind } from '../form-values.js';
import type { SectionProps } from './form-types.js';
import { SpecField } from './spec-field.js';
import { SwitchField } from './switch-field.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** How each choice is sent: the API name, shown as a hint. */
const SENT_AS: Record<ResourceKind, string> = {
  flavor: 'config.flavor.code',
  spec_id: 'config.spec_id',
  pool: 'config.pool_id',
};

const OPTIONS: ReadonlyArray<{ value: ResourceKind; label: string }> = [
  { value: 'flavor', label: msg('Public pool') },
  { value: 'spec_id', label: msg('Public pool, by spec ID') },
  { value: 'pool', label: msg('Dedicated pool') },
];

/** Resource switch: a spec (sent as `flavor.code` or `spec_id`) or a dedicated `pool_id` (§3.1 ³). */
export function ResourceSection({
  form,
  specs,
  children,
}: SectionProps & { specs: readonly ResourceSpec[]; children?: ReactNode }) {
  const { control, register, formState, setValue } = form;
  const { errors } = formState;
  const { t } = useTranslation();
  const issue = useIssueText();
  const [kind, specCode] = useWatch({ control, name: ['resource', 'spec_code'] });
  const spec = specs.find((s) => s.spec_code === specCode);
  const guardrails = useGuardrails();
  const maxWorkers = nodeBound(kind === 'pool' ? 64 : (spec?.max_num ?? 64), guardrails) ?? 64;
  const roleBound = guardrails?.max_nodes !== undefined && maxWorkers === guardrails.max_nodes;
  const revalidate = { shouldValidate: formState.isSubmitted };
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Resources')}>
      <Stack gap="sm">
        <SwitchField
          label={t('Resource')}
          description={t('Sent as {{field}}', { field: SENT_AS[kind] })}
          value={kind}
          options={OPTIONS}
          onChange={(v) => setValue('resource', v, revalidate)}
        />
        {kind === 'pool' ? (
          <TextInput
            label={t('Pool ID')}
            description={t('Dedicated resource pool id ({{field}})', { field: 'config.pool_id' })}
            {...register('pool_id')}
            error={issue(errors.pool_id?.message)}
          />
        ) : (
          <Controller
            control={control}
            name="spec_code"
            render={({ field }) => (
              <SpecField
                specs={specs}
                value={field.value}
                onChange={(code) => {
                  field.onChange(code);
                  const chosen = specs.find((s) => s.spec_code === code);
                  setValue('spec_id', chosen ? String(chosen.spec_id) : '');
                }}
                onBlur={field.onBlur}
                error={errors.spec_code?.message}
              />
            )}
          />
        )}
        <Controller
          control={control}
          name="worker_server_num"
          render={({ field }) => (
            <NumberInput
              label={t('Workers')}
              description={
                roleBound
                  ? t("1 to {{max}} (your role's limit)", { max: maxWorkers })
                  : kind === 'pool'
                    ? t('1 to {{max}}', { max: 64 })
                    : t('1 to {{max}} for the chosen specification', { max: maxWorkers })
              }
              min={1}
              max={maxWorkers}
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={issue(errors.worker_server_num?.message)}
              w={280}
            />
          )}
        />
        {children}
      </Stack>
    </Card>
  );
}
