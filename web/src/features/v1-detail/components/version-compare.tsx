import { Card, Code, Group, Switch, Table, Text, Title } from '@mantine/core';
import type { TrainingJobVersion } from '@console/shared';
import { useState } from 'react';
import { versionDiff, visibleRows } from '../version-diff.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The chosen versions side by side: only what differs, or every field with "Show all". */
export function VersionCompare({ versions }: { versions: readonly TrainingJobVersion[] }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  // cheap for a few versions; worked out per render so words follow the language
  const rows = versionDiff(versions);
  const shown = visibleRows(rows, showAll);
  const names = versions.map((v) => v.version_name).join(', ');
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label={t('Version comparison')}
    >
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('Comparing {{names}}', { names })}
        </Title>
        <Switch
          label={t('Show all fields')}
          checked={showAll}
          onChange={(e) => setShowAll(e.currentTarget.checked)}
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('These versions have the same settings.')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('Differences between versions')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('Setting')}</Table.Th>
                {versions.map((v) => (
                  <Table.Th key={v.version_id}>{v.version_name}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr key={`${r.group}/${r.api}`} data-differs={r.differs || undefined}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">
                      {r.group === 'Parameters'
                        ? t('Hyperparameter {{name}}', { name: r.field })
                        : t(r.field)}
                    </Text>
                    <Code c="dimmed" fz="xs" bg="transparent" p={0}>
                      {r.api}
                    </Code>
                  </Table.Th>
                  {r.values.map((value, i) => (
                    <Table.Td
                      key={versions[i]?.version_id ?? i}
                      ff="monospace"
                      fw={r.differs ? 600 : undefined}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {value}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!showAll && rows.length > shown.length && shown.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('Only the settings that differ are shown; the others are equal.')}
        </Text>
      )}
    </Card>
  );
}
