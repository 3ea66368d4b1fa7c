import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from '../../lib/i18n/use-translation.js';
import { msg } from '../../lib/i18n/msg.js';

const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['?'], what: msg('Show this list') },
  { keys: ['/'], what: msg('Search on this page (the job list, configurations, logs)') },
  { keys: ['g', 'j'], what: msg('Go to training jobs') },
  { keys: ['g', 'c'], what: msg('Go to configurations') },
  { keys: ['g', 'f'], what: msg('Go to files (OBS)') },
  { keys: ['c'], what: msg('Create a training job') },
  { keys: ['j'], what: msg('Next row of the list') },
  { keys: ['k'], what: msg('Previous row of the list') },
  { keys: ['Enter'], what: msg('Open the row') },
  { keys: ['Esc'], what: msg('Close a dialog, a menu or the navigation') },
];

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** The keyboard shortcuts, opened with `?` (loaded when first asked for). */
export default function ShortcutsHelp({ opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('Keyboard shortcuts')}
      size="md"
      closeButtonProps={{ 'aria-label': t('Close') }}
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('Shortcuts work anywhere outside a text field.')}
      </Text>
      <Table aria-label={t('Keyboard shortcuts')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Keys')}</Table.Th>
            <Table.Th>{t('What they do')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.keys.join(' ')}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ` ${t('then')} `}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(s.what)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
