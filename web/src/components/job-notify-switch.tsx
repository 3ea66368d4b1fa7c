import { Switch, Text } from '@mantine/core';
import { useState } from 'react';
import {
  askNotifyPermission,
  notifyPermission,
  type NotifyPermission,
} from '../lib/job-notifications/browser-notify.js';
import { WatchList, type WatchedJob } from '../lib/job-notifications/watch-list.js';
import { msg } from '../lib/i18n/msg.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

const DESCRIPTION: Record<NotifyPermission, string> = {
  granted: msg('A browser notification when it ends, even with this tab in the background.'),
  default: msg('The browser will ask whether the console may show notifications.'),
  denied: msg(
    "Notifications are blocked for this site: allow them in the browser's site settings.",
  ),
  unsupported: msg('This browser cannot show notifications.'),
};

/** Drawn on the server (ssr/): no storage, and the browser's permission is not known yet. */
const drawing = typeof window === 'undefined';
const NO_STORAGE = { getItem: () => null, setItem: () => undefined };

/** "Notify me when this job ends": opt-in; asks the browser's permission on first use. */
export function JobNotifySwitch({ job }: { job: WatchedJob }) {
  const { t } = useTranslation();
  const [list] = useState(() => new WatchList(drawing ? NO_STORAGE : window.localStorage));
  const [permission, setPermission] = useState(() => (drawing ? 'default' : notifyPermission()));
  const [on, setOn] = useState(() => list.enabled() && list.has(job) && permission === 'granted');

  const toggle = async (wanted: boolean) => {
    if (!wanted) {
      list.remove(job);
      setOn(false);
      return;
    }
    const answer = permission === 'granted' ? permission : await askNotifyPermission();
    setPermission(answer);
    if (answer !== 'granted') return;
    list.setEnabled(true);
    list.add(job);
    setOn(true);
  };

  return (
    <Switch
      label={t('Notify me when this job ends')}
      description={
        <Text span size="xs">
          {t(DESCRIPTION[permission])}
        </Text>
      }
      checked={on}
      disabled={permission === 'denied' || permission === 'unsupported'}
      onChange={(e) => void toggle(e.currentTarget.checked)}
    />
  );
}
