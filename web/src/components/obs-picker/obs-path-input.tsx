import { Button, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { obsPathProblem } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import type { Ref } from 'react';
import { describeError } from '../../lib/api-error.js';
import { obsStatQueryOptions } from '../../lib/obs/obs-queries.js';
import { toConsolePath, toFieldPath, type ObsPathStyle } from '../../lib/obs/obs-paths.js';
import { ObsPickerModal, type ObsPickKind } from './obs-picker-modal.js';
import { describeStat, TONE_COLORS, type PathCheck } from './path-check.js';
import * as i18n from '../../lib/i18n/i18n.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

export interface ObsPathInputProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'rightSection' | 'ref'
> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind: ObsPickKind;
  /** v1 fields hold `/bucket/…`, v2 fields `obs://bucket/…`. */
  pathStyle?: ObsPathStyle;
  /** Outputs: a missing path is normal (the job creates it). */
  mayNotExist?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /**
   * Where "Browse" opens when the value is empty or outside it (a boot file: the code directory);
   * otherwise at the value's folder.
   */
  browseWithin?: string | undefined;
}

/** The path the picker opens at: the value, unless `within` is set and the value is outside it. */
export function browseStart(value: string, within: string | undefined): string {
  const v = toConsolePath(value);
  const w = within ? toConsolePath(within) : '';
  if (!w.startsWith('/') || w === '/') return v;
  const folder = w.endsWith('/') ? w : `${w}/`;
  return v.startsWith(folder) ? v : folder;
}

/** How long typing must pause before the path is looked up. */
export const CHECK_DELAY_MS = 400;

function useCheck(value: string, kind: ObsPickKind, mayNotExist: boolean): PathCheck | null {
  const [typed] = useDebouncedValue(value.trim(), CHECK_DELAY_MS);
  const checkable = typed !== '' && obsPathProblem(typed) === null;
  const stat = useQuery({
    ...obsStatQueryOptions(toConsolePath(typed)),
    enabled: checkable,
    retry: false,
  });
  if (!checkable || typed !== value.trim()) return null;
  if (stat.isPending) return { tone: 'info', text: i18n.t('Checking…') };
  if (stat.isError)
    return {
      tone: 'info',
      text: i18n.t('Could not check the path: {{reason}}', {
        reason: describeError(stat.error).message,
      }),
    };
  return describeStat(stat.data, kind, mayNotExist);
}

/**
 * An OBS path field: typed by hand (checked as you type: exists, missing, not a folder) or chosen
 * with "Browse" in the OBS picker, where files can also be uploaded.
 */
export function ObsPathInput(props: ObsPathInputProps) {
  const {
    label,
    value,
    onChange,
    kind,
    pathStyle = 'slash',
    mayNotExist = false,
    inputRef,
    browseWithin,
    ...rest
  } = props;
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const check = useCheck(value, kind, mayNotExist);
  const select = (path: string) => {
    onChange(toFieldPath(path, pathStyle));
    close();
  };
  return (
    <Stack gap={2}>
      <TextInput
        {...rest}
        ref={inputRef}
        label={label}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        rightSectionWidth={84}
        rightSectionPointerEvents="all"
        rightSection={
          <Button
            size="compact-xs"
            variant="light"
            onClick={open}
            aria-label={t('Browse OBS for {{field}}', { field: label })}
          >
            {t('Browse')}
          </Button>
        }
      />
      <Text
        size="xs"
        c={check ? TONE_COLORS[check.tone] : undefined}
        role="status"
        aria-label={t('{{field}} check', { field: label })}
        mih={check ? undefined : 0}
      >
        {check?.text}
      </Text>
      <ObsPickerModal
        opened={opened}
        onClose={close}
        onSelect={select}
        kind={kind}
        initialPath={browseStart(value, browseWithin)}
        title={
          kind === 'folder'
            ? t('{{field}}: choose a folder in OBS', { field: label })
            : t('{{field}}: choose a file in OBS', { field: label })
        }
      />
    </Stack>
  );
}
