import type { TrainingJobV2 } from '@console/shared';
import * as i18n from '../../lib/i18n/i18n.js';

// Facts in the console's language: the page that shows them re-renders when it changes.

/** How the job's algorithm is given, in words ("Algorithm ttt-obs-gpu", "Image x/y:1"). */
export function algorithmSummary(job: TrainingJobV2): string {
  const a = job.algorithm;
  if (!a) return '—';
  if (a.id) return i18n.t('Algorithm {{name}}', { name: a.name || a.id });
  if (a.subscription_id)
    return i18n.t('Subscribed {{name}} (version {{version}})', {
      name: a.name || a.subscription_id,
      version: a.item_version_id ?? '—',
    });
  if (a.engine?.image_url) {
    const image = i18n.t('Image {{image}}', { image: a.engine.image_url });
    return a.command ? `${image} — ${a.command}` : image;
  }
  if (a.code_dir)
    return i18n.t('{{boot}} (code {{dir}})', { boot: a.boot_file ?? '', dir: a.code_dir });
  return '—';
}

export function engineSummary(job: TrainingJobV2): string {
  const e = job.algorithm?.engine;
  if (!e) return '—';
  return (
    e.engine_id || [e.engine_name, e.engine_version].filter(Boolean).join(' ') || e.image_url || '—'
  );
}

export function resourceSummary(job: TrainingJobV2): string {
  const r = job.spec?.resource;
  if (!r) return '—';
  const nodes = r.node_count ?? 1;
  const parts = [r.flavor_name || r.flavor_id || '—', i18n.t('{{count}} nodes', { count: nodes })];
  if (r.pool_id) parts.push(i18n.t('pool {{id}}', { id: r.pool_id }));
  return parts.join(' · ');
}

/** `spec.auto_stop` in words ("After 2 hours"), or "Off". */
export function autoStopSummary(job: TrainingJobV2): string {
  const stop = job.spec?.auto_stop;
  if (!stop || !(stop.duration > 0)) return i18n.t('Off');
  const count = stop.duration;
  switch (stop.time_unit.toUpperCase()) {
    case 'HOURS':
      return i18n.t('After {{count}} hours', { count });
    case 'MINUTES':
      return i18n.t('After {{count}} minutes', { count });
    case 'DAYS':
      return i18n.t('After {{count}} days', { count });
    default:
      // a unit the docs do not list: as sent
      return `${count} ${stop.time_unit}`;
  }
}
