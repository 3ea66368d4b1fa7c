import path from 'node:path';
import { Router } from 'express';
import { AomLogQuerySchema, isV1Terminal } from '@console/shared';
import type { EmulatorContext } from '../context.js';
import { versionLogDir } from '../../runner/v1/launch-plan.js';
import { aomBody, cursorBase, isIssuedCursor, selectLines } from '../../domain/v1/aom-log.js';
import { invalidArgument, V1Error } from '../../domain/v1/errors.js';
import { versionOf } from './job-lookup.js';

/** `GET …/log/file-names` (§3.10) and `GET …/aom-log` (§3.11). */
export function logRouter(ctx: EmulatorContext): Router {
  const router = Router();
  const base = '/training-jobs/:job_id/versions/:version_id';

  router.get(`${base}/log/file-names`, (req, res) => {
    const { version } = versionOf(ctx, req, res);
    res.json({ is_success: true, log_file_list: version.log_files });
  });

  router.get(`${base}/aom-log`, (req, res) => {
    const { job, version } = versionOf(ctx, req, res);
    const q = AomLogQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const { log_file, lines, base_line, order } = q.data;
    if (!version.log_files.includes(log_file))
      throw new V1Error(
        400,
        'ModelArts.0101',
        `Invalid Argument: log_file: no log file named ${log_file}`,
      );
    const file = path.join(versionLogDir(ctx.paths, job.job_id, version.version_id), log_file);
    const snap = ctx.logIndex.snapshot(file);
    // a line still being written is shown only once the job has ended
    const total = snap.complete + (snap.hasPartial && isV1Terminal(version.status) ? 1 : 0);
    const cursor0 = cursorBase(version.create_time);
    if (base_line !== undefined && base_line !== '' && !isIssuedCursor(base_line, cursor0, total))
      throw new V1Error(
        400,
        'ModelArts.0101',
        'Invalid Argument: base_line: base_line must be the start_line or end_line of a previous response',
      );
    const { range } = selectLines(total, { lines, base_line, order }, cursor0);
    const text = range ? ctx.logIndex.read(file, range.from, range.to) : [];
    res.json(aomBody(text, range?.from ?? 0, cursor0, base_line === '' ? undefined : base_line));
  });

  return router;
}
