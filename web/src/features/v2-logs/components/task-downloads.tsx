import { Anchor, Button, Group, Menu } from '@mantine/core';
import { v2LogDownloadUrl } from '../api/task-log-urls.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** Up to this many tasks, each download is a link of its own; beyond, they are one menu. */
const INLINE = 4;

/** "Download full log (worker-N)" for every task of the job. */
export function TaskDownloads({ jobId, tasks }: { jobId: string; tasks: readonly string[] }) {
  const { t } = useTranslation();
  if (tasks.length <= INLINE)
    return (
      <Group gap="sm">
        {tasks.map((task) => (
          <Anchor key={task} href={v2LogDownloadUrl(jobId, task)} size="xs" download>
            {t('Download full log ({{task}})', { task })}
          </Anchor>
        ))}
      </Group>
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="subtle">
          {t('Download full log…')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
        {tasks.map((task) => (
          <Menu.Item key={task} component="a" href={v2LogDownloadUrl(jobId, task)} download>
            {t('Download full log ({{task}})', { task })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
