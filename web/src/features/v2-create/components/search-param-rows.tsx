import { Button, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { newSearchParam } from '../auto-search-values.js';
import type { AutoSearchFieldProps } from './auto-search-field-props.js';
import { SearchParamRow } from './search-param-row.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** The hyperparameters to search (`search_params[]`), one row each; names come from the form's. */
export function SearchParamRows({ control, register, errors }: AutoSearchFieldProps) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const { fields, append, remove } = useFieldArray({ control, name: 'autoSearch.searchParams' });
  const parameters = useWatch({ control, name: 'parameters' });
  const names = useMemo(
    () => [...new Set(parameters.map((p) => p.name.trim()).filter((n) => n !== ''))],
    [parameters],
  );
  const listErrors = errors.autoSearch?.searchParams;
  // An issue about the whole list sits on the list, or on its `root` once rows are registered.
  const listError = listErrors?.root?.message ?? listErrors?.message;
  return (
    <Stack gap={6}>
      {fields.map((field, i) => (
        <SearchParamRow
          key={field.id}
          index={i}
          names={names}
          control={control}
          register={register}
          errors={Array.isArray(listErrors) ? listErrors[i] : undefined}
          onRemove={() => remove(i)}
        />
      ))}
      {typeof listError === 'string' && (
        <Text size="xs" c="red" role="alert">
          {issue(listError)}
        </Text>
      )}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => append(newSearchParam())}>
          {t('Add search parameter')}
        </Button>
      </div>
    </Stack>
  );
}
