import { Badge, Table, Text } from '@mantine/core';
import type { AuditEntry } from '@console/shared';
import { formatTime } from '../../../components/format.js';
import { describeAction, outcomeOf } from '../audit-words.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The audit trail, newest first: when, who (and their role), what, which job, how it ended. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('Audit trail')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('When')}</Table.Th>
            <Table.Th>{t('Who')}</Table.Th>
            <Table.Th>{t('What')}</Table.Th>
            <Table.Th>{t('Job')}</Table.Th>
            <Table.Th>{t('Outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e, i) => {
            const outcome = outcomeOf(e.status);
            return (
              <Table.Tr key={e.request_id ?? `${e.time}-${i}`} data-testid="audit-entry">
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatTime(Date.parse(e.time))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} span>
                    {e.user}
                  </Text>
                  {e.role && (
                    <Text size="xs" c="dimmed" span ml={6}>
                      {t(e.role)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{describeAction(e)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace" title={t('The call the console made')}>
                    {e.method} {e.path}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.job ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={outcome.color}
                    variant="light"
                    tt="none"
                    title={
                      e.request_id
                        ? t('HTTP {{status}} · request {{id}}', {
                            status: e.status,
                            id: e.request_id,
                          })
                        : `HTTP ${e.status}`
                    }
                  >
                    {t(outcome.label)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
