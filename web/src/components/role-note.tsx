import { Text } from '@mantine/core';
import type { Role } from '@console/shared';
import { roleNote } from '../lib/permissions.js';

/**
 * Says why buttons are missing ("Your role (viewer) can't create or delete jobs — ask an admin");
 * renders nothing when nothing is missing or outside the team portal.
 */
export function RoleNote({
  role,
  verbs,
  what,
}: {
  role: Role | undefined;
  verbs: readonly string[];
  what: string;
}) {
  if (!role || verbs.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" role="note" data-testid="role-note">
      {roleNote(role, verbs, what)}
    </Text>
  );
}
