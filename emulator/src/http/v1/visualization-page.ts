import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { V1_STATUS } from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { obsToLocal } from '../../paths.js';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function listFiles(root: string, limit = 500): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= limit) return;
      const child = path.posix.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/**
 * `GET /__viz/{job_id}/`: the "service" behind a visualization job's service_url. There is no
 * TensorBoard here; the page lists the files under the job's train_url (while the job runs).
 */
export function visualizationPageRouter(ctx: EmulatorContext): Router {
  const router = Router();
  router.get('/:job_id', (req, res) => {
    const job = ctx.store.state.visualization_jobs.find(
      (j) => String(j.job_id) === req.params.job_id,
    );
    if (!job || job.status !== V1_STATUS.RUNNING) {
      res.status(503).type('text/plain').send('This visualization job is not running.');
      return;
    }
    const files = listFiles(obsToLocal(ctx.paths.obs, job.train_url));
    const items = files.map((f) => `<li>${escapeHtml(f)}</li>`).join('');
    res
      .type('html')
      .send(
        `<!doctype html><title>${escapeHtml(job.job_name)}</title><h1>${escapeHtml(job.job_type)} (emulated): ${escapeHtml(job.job_name)}</h1>` +
          `<p>train_url ${escapeHtml(job.train_url)}: ${files.length} file(s)</p><ul>${items}</ul>`,
      );
  });
  return router;
}
