import type { TrainingJobV2 } from '@console/shared';

/** How the job's algorithm is given, in words ("Algorithm ttt-obs-gpu", "Image x/y:1"). */
export function algorithmSummary(job: TrainingJobV2): string {
  const a = job.algorithm;
  if (!a) return '—';
  if (a.id) return `Algorithm ${a.name || a.id}`;
  if (a.subscription_id)
    return `Subscribed ${a.name || a.subscription_id} (version ${a.item_version_id ?? '—'})`;
  if (a.engine?.image_url)
    return `Image ${a.engine.image_url}${a.command ? ` — ${a.command}` : ''}`;
  if (a.code_dir) return `${a.boot_file ?? ''} (code ${a.code_dir})`;
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
  const parts = [r.flavor_name || r.flavor_id || '—', `${nodes} node${nodes === 1 ? '' : 's'}`];
  if (r.pool_id) parts.push(`pool ${r.pool_id}`);
  return parts.join(' · ');
}

/** `spec.auto_stop` in words ("After 2 hours"), or "Off". */
export function autoStopSummary(job: TrainingJobV2): string {
  const stop = job.spec?.auto_stop;
  if (!stop || !(stop.duration > 0)) return 'Off';
  const unit = stop.time_unit.toLowerCase().replace(/s$/, '');
  return `After ${stop.duration} ${unit}${stop.duration === 1 ? '' : 's'}`;
}
