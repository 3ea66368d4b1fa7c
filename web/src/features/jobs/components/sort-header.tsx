import { Tooltip, UnstyledButton } from '@mantine/core';
import type { SortField } from '../list-filters.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

export interface SortState {
  sort: SortField;
  order: 'asc' | 'desc';
  /** Why a field cannot be sorted by now (null: it can). */
  blocked: (field: SortField) => string | null;
  onSort: (sort: SortField, order: 'asc' | 'desc') => void;
}

/** `aria-sort` of a column header sorting by `field`. */
export function ariaSort(state: SortState, field: SortField): 'ascending' | 'descending' | 'none' {
  if (state.sort !== field) return 'none';
  return state.order === 'asc' ? 'ascending' : 'descending';
}

/**
 * A column title that sorts the list by its field (server-side, on both APIs): a first click
 * sorts names A–Z and times newest first, a second click reverses.
 */
export function SortHeader({
  label,
  field,
  state,
}: {
  label: string;
  field: SortField;
  state: SortState;
}) {
  const { t } = useTranslation();
  const active = state.sort === field;
  const first = field === 'name' ? 'asc' : 'desc';
  const next = active ? (state.order === 'asc' ? 'desc' : 'asc') : first;
  const blocked = state.blocked(field);
  const arrow = active ? (state.order === 'asc' ? '▲' : '▼') : '↕';
  const button = (
    <UnstyledButton
      fw={700}
      fz="sm"
      disabled={blocked !== null}
      onClick={() => state.onSort(field, next)}
      aria-label={
        blocked
          ? t('Sort by {{column}}', { column: t(label).toLowerCase() })
          : next === 'asc'
            ? t('Sort by {{column}} (ascending)', { column: t(label).toLowerCase() })
            : t('Sort by {{column}} (descending)', { column: t(label).toLowerCase() })
      }
      style={{ whiteSpace: 'nowrap', opacity: blocked ? 0.6 : 1 }}
    >
      {t(label)} <span aria-hidden="true">{arrow}</span>
    </UnstyledButton>
  );
  return blocked ? (
    <Tooltip label={blocked} multiline w={260}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}
