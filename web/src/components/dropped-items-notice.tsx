import { useEffect } from 'react';
import { Alert } from '@mantine/core';
import { logDroppedItems } from '../lib/dropped-items-log';
import { useTranslation } from '../lib/i18n/use-translation.js';

export interface DroppedList {
  /** What the list holds, plural, in the console's language (e.g. "AI engines"). */
  what: string;
  /** Items the tolerant reader left out (`dropped_items` of a shared list schema). */
  dropped: number | undefined;
}

/**
 * A quiet notice that some items of a list answer could not be read and are not offered (the
 * rest of the screen works): one line per list that dropped any.
 */
export function DroppedItemsNotice({ lists }: { lists: DroppedList[] }) {
  const { t } = useTranslation();
  const notes = lists.filter((l) => (l.dropped ?? 0) > 0);
  const logKey = notes.map((l) => `${l.what}:${l.dropped}`).join(',');
  useEffect(() => {
    for (const l of notes) logDroppedItems(l.what, l.dropped ?? 0);
    // logged once per distinct content, not per render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [logKey]);
  if (notes.length === 0) return null;
  return (
    <Alert color="gray" variant="light" title={t('Some choices are not shown')}>
      {notes.map((l) => (
        <div key={l.what}>
          {t('{{count}} of the {{what}} ModelArts listed could not be read and are left out.', {
            count: l.dropped,
            what: l.what,
          })}
        </div>
      ))}
    </Alert>
  );
}
