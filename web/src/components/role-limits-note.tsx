import { Alert, List } from '@mantine/core';
import type { Guardrails } from '@console/shared';
import { limitLines } from '../lib/guardrails.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

/** "Your role's limits" on the create pages: what the portal role may launch (nothing when none). */
export function RoleLimitsNote({ guardrails }: { guardrails: Guardrails | undefined }) {
  const { t } = useTranslation();
  const lines = limitLines(guardrails);
  if (lines.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="blue"
      title={t("Your role's limits")}
      aria-label={t("Your role's limits")}
      data-testid="role-limits"
    >
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
