import { Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../../lib/i18n/use-translation.js';

/** One block of the job's settings: a title in the user's words, the API field as a hint. */
export function SettingsBlock({
  title,
  apiName,
  children,
}: {
  title: string;
  apiName: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Group gap="xs" align="baseline">
        <Title order={3} size="h6">
          {title}
        </Title>
        <Code c="dimmed" fz="xs" bg="transparent" p={0}>
          {apiName}
        </Code>
      </Group>
      {children}
    </Stack>
  );
}

/** A small table, or "None" when there is no row. */
export function SettingsTable({
  label,
  head,
  rows,
}: {
  label: string;
  head: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
}) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('None')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} aria-label={label} withRowBorders>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              {r.cells.map((c, i) => (
                <Table.Td key={head[i]} style={{ overflowWrap: 'anywhere' }}>
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
