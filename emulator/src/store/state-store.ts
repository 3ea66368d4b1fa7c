import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { emptyState, type EmulatorState, type JobRecord, type VersionRecord } from './types.js';

/**
 * The emulator's persistent state in `state.json`: loaded once, mutated in memory, written back
 * atomically (temp file + rename) a short while after each change, and at once on flush().
 */
export class StateStore {
  readonly state: EmulatorState;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly log: Logger,
    private readonly debounceMs = 100,
  ) {
    this.state = StateStore.read(file, log);
  }

  private static read(file: string, log: Logger): EmulatorState {
    if (!fs.existsSync(file)) return emptyState();
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<EmulatorState>;
      return { ...emptyState(), ...parsed, schema: 1 };
    } catch (err) {
      const broken = `${file}.broken-${Date.now()}`;
      fs.renameSync(file, broken);
      log.error({ err, broken }, 'state file unreadable; starting empty and keeping the old copy');
      return emptyState();
    }
  }

  /** Schedules a write; call after every mutation. */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.persist();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Writes now (and waits for any write in flight). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.persist();
  }

  private persist(): Promise<void> {
    this.writing = this.writing.then(async () => {
      const tmp = `${this.file}.${process.pid}.tmp`;
      try {
        await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
        await fs.promises.writeFile(tmp, JSON.stringify(this.state, null, 1));
        await fs.promises.rename(tmp, this.file);
      } catch (err) {
        this.log.error({ err }, 'could not write the state file');
      }
    });
    return this.writing;
  }

  // ---- job queries and mutations -------------------------------------------------------------

  allocateJobId(): number {
    return this.state.next_job_id++;
  }

  allocateVersionId(): number {
    return this.state.next_version_id++;
  }

  jobsOf(projectId: string): JobRecord[] {
    return this.state.jobs.filter((j) => j.project_id === projectId);
  }

  findJob(projectId: string, jobId: number): JobRecord | undefined {
    return this.state.jobs.find((j) => j.project_id === projectId && j.job_id === jobId);
  }

  findVersion(versionId: number): { job: JobRecord; version: VersionRecord } | undefined {
    for (const job of this.state.jobs) {
      const version = job.versions.find((v) => v.version_id === versionId);
      if (version) return { job, version };
    }
    return undefined;
  }

  addJob(job: JobRecord): void {
    this.state.jobs.push(job);
    this.changed();
  }

  removeJob(jobId: number): void {
    this.state.jobs = this.state.jobs.filter((j) => j.job_id !== jobId);
    this.changed();
  }
}
