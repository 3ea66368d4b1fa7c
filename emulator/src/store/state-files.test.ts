import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { StateStore } from './state-store.js';
import { emptyMetrics, type JobRecord } from './types.js';

const log = createLogger('silent');
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-records-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function job(id: number, name = `job_${id}`): JobRecord {
  return {
    job_id: id,
    job_name: name,
    job_desc: '',
    project_id: 'p',
    workspace_id: '0',
    create_time: id,
    versions: [
      {
        version_id: id * 10,
        version_name: 'V0001',
        pre_version_id: null,
        status: 10,
        create_time: id,
        start_time: null,
        end_time: null,
        resource_id: 'r',
        config: { worker_server_num: 1 } as JobRecord['versions'][0]['config'],
        spec_id: 1,
        engine_id: 1,
        log_files: [],
        pids: [],
        system_metric_list: emptyMetrics(2),
        error_result: null,
      },
    ],
  };
}

const jobFile = (dir: string, id: number) => path.join(dir, 'state/v1-jobs', `${id}.json`);

describe('the state, one file per record', () => {
  it('migrates a state.json: every record, the counters, v2 jobs; the old file kept', () => {
    const dir = tmp();
    const legacy = {
      schema: 1,
      next_job_id: 9,
      next_version_id: 90,
      jobs: [job(2), job(1)],
      tokens: [],
      job_configs: [{ project_id: 'p', config_name: 'c', create_time: 1, body: {} }],
      visualization_jobs: [],
      v2: { jobs: [{ id: 'b' }, { id: 'a' }], algorithms: [], seeded_projects: ['p'] },
      future_key: { kept: true },
    };
    fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify(legacy));
    new StateStore(path.join(dir, 'state.json'), log);
    expect(fs.existsSync(path.join(dir, 'state.json.migrated'))).toBe(true);
    const again = new StateStore(path.join(dir, 'state.json'), log);
    const s = again.state as typeof again.state & { v2: { jobs: Array<{ id: string }> } };
    expect(s.jobs.map((j) => j.job_id)).toEqual([2, 1]); // insertion order, not id order
    expect(s.v2.jobs.map((j) => j.id)).toEqual(['b', 'a']);
    expect(s).toMatchObject({ next_job_id: 9, next_version_id: 90, future_key: { kept: true } });
    expect(s.job_configs).toHaveLength(1);
  });

  it('a change writes only the job that changed', async () => {
    const dir = tmp();
    const store = new StateStore(path.join(dir, 'state.json'), log, 5);
    const [a, b] = [job(1), job(2)];
    store.addJob(a);
    store.addJob(b);
    await store.flush();
    const before = fs.statSync(jobFile(dir, 2));
    a.job_desc = 'changed';
    store.jobChanged(a);
    await store.flush();
    expect(JSON.parse(fs.readFileSync(jobFile(dir, 1), 'utf8')).value.job_desc).toBe('changed');
    const after = fs.statSync(jobFile(dir, 2));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    store.removeJob(1);
    await store.flush();
    expect(fs.existsSync(jobFile(dir, 1))).toBe(false);
    expect(
      new StateStore(path.join(dir, 'state.json'), log).state.jobs.map((j) => j.job_id),
    ).toEqual([2]);
  });

  it('a crash mid-write (a temp file, a torn record) loses no earlier record nor reuses an id', async () => {
    const dir = tmp();
    const store = new StateStore(path.join(dir, 'state.json'), log, 5);
    for (const id of [1, 2, 3]) store.addJob(job(id));
    await store.flush();
    // the crash: job 4's record half-written in its temp file, job 3's torn by the disk, and
    // meta.json (with the counters) never written after job 5's record
    fs.writeFileSync(`${jobFile(dir, 4)}.tmp`, '{"seq":4,"value":{"job_id":4,"jo');
    fs.writeFileSync(jobFile(dir, 3), fs.readFileSync(jobFile(dir, 3), 'utf8').slice(0, 40));
    fs.writeFileSync(
      jobFile(dir, 999_999_999),
      JSON.stringify({ seq: 5, value: job(999_999_999) }),
    );
    const again = new StateStore(path.join(dir, 'state.json'), log);
    expect(again.state.jobs.map((j) => j.job_id)).toEqual([1, 2, 999_999_999]);
    expect(again.state.next_job_id).toBe(1_000_000_000);
    expect(fs.readdirSync(path.join(dir, 'state/v1-jobs')).sort()).toEqual([
      '1.json',
      '2.json',
      '3.json.broken',
      '999999999.json',
    ]);
  });

  it('a process killed while it writes leaves every job it had saved', async () => {
    const dir = tmp();
    const storeModule = fileURLToPath(new URL('./state-store.ts', import.meta.url));
    const script = `
      const { StateStore } = await import(${JSON.stringify(storeModule)});
      const { createLogger } = await import(${JSON.stringify(fileURLToPath(new URL('../logger.ts', import.meta.url)))});
      const store = new StateStore(${JSON.stringify(path.join(dir, 'state.json'))}, createLogger('silent'), 1);
      for (let i = 1; ; i++) {
        const j = { job_id: i, job_name: 'j' + i, versions: [], pad: 'x'.repeat(20000) };
        store.addJob(j);
        await store.flush();
        j.job_desc = 'rewritten';
        store.jobChanged(j); // left to the debounce: the kill may land in its write
        process.stdout.write(i + '\\n');
      }`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let saved = 0;
    await new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        saved = Math.max(saved, ...d.trim().split('\n').map(Number));
        if (saved >= 200) child.kill('SIGKILL');
      });
      child.once('exit', () => resolve());
    });
    const again = new StateStore(path.join(dir, 'state.json'), log);
    const ids = again.state.jobs.map((j) => j.job_id);
    expect(ids.slice(0, saved)).toEqual(Array.from({ length: saved }, (_, i) => i + 1));
  });
});
