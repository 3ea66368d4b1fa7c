import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { checkWatched } from './check-watched.js';
import { notifyPermission, showNotice } from './browser-notify.js';
import { readJobOutcome } from './job-outcome.js';
import { WatchList } from './watch-list.js';

/** How often watched jobs are read (background tabs: browsers stretch it to about a minute). */
export const WATCH_INTERVAL_MS = 15_000;

/** Mounted once for the signed-in console: announces each watched job that ends. */
export function useJobNotifications(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const list = new WatchList(window.localStorage);
    let running = false;
    const tick = async () => {
      if (running || !list.enabled() || notifyPermission() !== 'granted') return;
      running = true;
      try {
        await checkWatched(
          list,
          (j) => readJobOutcome(j),
          (n) => showNotice(n, (href) => void navigate(href)),
        );
      } finally {
        running = false;
      }
    };
    const timer = window.setInterval(() => void tick(), WATCH_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [navigate]);
}
