import { Kbd, Modal, Table, Text } from '@mantine/core';

const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['?'], what: 'Show this list' },
  { keys: ['/'], what: 'Search on this page (the job list, configurations, logs)' },
  { keys: ['g', 'j'], what: 'Go to training jobs' },
  { keys: ['g', 'c'], what: 'Go to configurations' },
  { keys: ['g', 'f'], what: 'Go to files (OBS)' },
  { keys: ['c'], what: 'Create a training job' },
  { keys: ['j'], what: 'Next row of the list' },
  { keys: ['k'], what: 'Previous row of the list' },
  { keys: ['Enter'], what: 'Open the row' },
  { keys: ['Esc'], what: 'Close a dialog, a menu or the navigation' },
];

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** The keyboard shortcuts, opened with `?` (loaded when first asked for). */
export default function ShortcutsHelp({ opened, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Keyboard shortcuts"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Text size="sm" c="dimmed" mb="sm">
        Shortcuts work anywhere outside a text field.
      </Text>
      <Table aria-label="Keyboard shortcuts" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Keys</Table.Th>
            <Table.Th>What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.keys.join(' ')}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' then '}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{s.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
