import { Text } from '@mantine/core';
import type { SearchOptions } from './log-search.js';
import { OlderSearch } from './older-search.js';
import type { OlderSearchQuery } from '../../lib/log-search-stream.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';
import { formatNumber } from '../../lib/i18n/format.js';

interface Props {
  search: SearchOptions;
  /** The number in the whole log of the first line held: the lines before it are older. */
  firstLine: number;
  /** The server-side search of the log; none: not offered. */
  url?: (q: OlderSearchQuery) => string;
  /** A match was picked (its line is shown); none: matches are not links. */
  onPick?: (line: number) => void;
}

/**
 * Below the log's search box, while it searches: the search of the lines older than those held
 * (on the server, for plain text), or why a regular expression searches the lines held only.
 */
export function OlderLinesSearch({ search, firstLine, url, onPick }: Props) {
  const { t } = useTranslation();
  if (!url || firstLine <= 1 || search.text === '') return null;
  if (search.regex)
    return (
      <Text size="xs" c="dimmed" mb="xs">
        {t(
          'A regular expression searches the lines shown only; the {{n}} older lines can be searched for plain text.',
          { count: firstLine - 1, n: formatNumber(firstLine - 1) },
        )}
      </Text>
    );
  return (
    <OlderSearch
      query={{ text: search.text, caseSensitive: search.caseSensitive, before: firstLine }}
      url={url}
      {...(onPick ? { onPick } : {})}
    />
  );
}
