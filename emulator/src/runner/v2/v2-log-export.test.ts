import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createV2TestEmulator,
  scriptJob,
  type V2TestEmulator,
} from '../../http/v2/v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

describe('v2 log_export_path', () => {
  it('a log export path that is a file does not stop the job or the emulator', async () => {
    const file = path.join(emu.dataDir, 'obs/test-modelarts/export-is-a-file');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'not a folder');
    const body = scriptJob('export_to_file', { params: { steps: '6', step_seconds: '0.15' } });
    Object.assign(body.spec, {
      log_export_path: { obs_url: 'obs://test-modelarts/export-is-a-file' },
    });
    const res = await emu.call('post', '/training-jobs', body);
    expect(res.status).toBe(201);
    // Metrics ticks (300 ms in tests) try the export while it runs; the job still completes.
    const done = await emu.waitPhase(
      res.body.metadata.id,
      (p) => p === 'Completed' || p === 'Failed',
    );
    expect(done.status.phase).toBe('Completed');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
    expect((await emu.call('get', '/training-job-flavors')).status).toBe(200);
  });
});
