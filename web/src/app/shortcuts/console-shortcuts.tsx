import { ActionIcon } from '@mantine/core';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from '../../lib/i18n/use-translation.js';

// the key handler and the list load beside the first page: they are not part of the first
// screen's budget (the list only when first asked for)
const ShortcutKeys = lazy(() => import('./shortcut-keys.js'));
const ShortcutsHelp = lazy(() => import('./shortcuts-help.js'));

interface Props {
  /** Esc outside a dialog. */
  onEscape: () => void;
}

/** The keyboard shortcuts of the console and the header's button that lists them (`?`). */
export function ConsoleShortcuts({ onEscape }: Props) {
  const { t } = useTranslation();
  const [help, setHelp] = useState<'never' | 'open' | 'closed'>('never');
  const openHelp = useCallback(() => setHelp('open'), []);
  return (
    <>
      <ActionIcon
        variant="default"
        size="md"
        onClick={openHelp}
        aria-label={t('Keyboard shortcuts')}
        title={t('Keyboard shortcuts (?)')}
        aria-keyshortcuts="?"
      >
        <span aria-hidden="true" style={{ fontWeight: 700, fontSize: 14 }}>
          ?
        </span>
      </ActionIcon>
      <Suspense fallback={null}>
        <ShortcutKeys onHelp={openHelp} onEscape={onEscape} />
        {help !== 'never' && (
          <ShortcutsHelp opened={help === 'open'} onClose={() => setHelp('closed')} />
        )}
      </Suspense>
    </>
  );
}
