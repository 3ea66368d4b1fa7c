import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { fileOf, removeRecord, writeRecord } from './record-files.js';
import {
  KIND_DIRS,
  layoutOf,
  loadState,
  metaOf,
  recordText,
  type RecordKind,
  type StateLayout,
} from './state-files.js';
import type { EmulatorState, JobRecord, TokenRecord, VersionRecord } from './types.js';
import type { V2JobRecord } from './v2-types.js';

interface Dirty {
  kind: RecordKind;
  key: string;
  /** null: the record was removed. */
  record: object | null;
}

/**
 * The emulator's persistent state (layout: state-files.ts): loaded once, mutated in memory; a
 * change names what changed (a job, a token, or the rest: "meta"), and a short while later only
 * those records are written (each atomically), at once on flush(). Writing one job costs the
 * same with 10 jobs stored or 10,000.
 */
export class StateStore {
  readonly state: EmulatorState;
  private readonly layout: StateLayout;
  /** Insertion order of each record (weak: a removed record is forgotten). */
  private readonly seqs: WeakMap<object, number>;
  private nextSeq: number;
  private dirty = new Map<string, Dirty>();
  private metaDirty = false;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    file: string,
    private readonly log: Logger,
    private readonly debounceMs = 100,
  ) {
    this.layout = layoutOf(file);
    const loaded = loadState(file, log);
    this.state = loaded.state;
    this.seqs = new WeakMap(loaded.seqs);
    let last = 0;
    for (const seq of loaded.seqs.values()) last = Math.max(last, seq);
    this.nextSeq = last + 1;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.persist();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Counters, configurations, visualization jobs, v2 algorithms: everything but the records. */
  metaChanged(): void {
    this.metaDirty = true;
    this.schedule();
  }

  /** A record was added or changed (`record`) or removed (null); schedules its write. */
  recordChanged(kind: RecordKind, key: string, record: object | null): void {
    if (record && !this.seqs.has(record)) this.seqs.set(record, this.nextSeq++);
    this.dirty.set(`${kind}:${key}`, { kind, key, record });
    this.schedule();
  }

  jobChanged(job: JobRecord): void {
    this.recordChanged('v1', String(job.job_id), job);
  }

  v2JobChanged(job: V2JobRecord): void {
    this.recordChanged('v2', job.id, job);
  }

  tokenChanged(token: TokenRecord): void {
    this.recordChanged('token', token.hash, token);
  }

  /** Writes what changed now (and waits for any write in flight). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.persist();
  }

  private persist(): Promise<void> {
    this.writing = this.writing.then(async () => {
      const batch = [...this.dirty.values()];
      this.dirty = new Map();
      const meta = this.metaDirty;
      this.metaDirty = false;
      for (const d of batch) await this.writeOne(d);
      if (meta) await this.writeMeta();
    });
    return this.writing;
  }

  private async writeOne(d: Dirty): Promise<void> {
    const file = path.join(this.layout.kindDir(d.kind), fileOf(d.key));
    try {
      if (d.record === null) await removeRecord(file);
      else await writeRecord(file, recordText(this.seqs.get(d.record) ?? 0, d.record));
    } catch (err) {
      this.log.error({ err, kind: KIND_DIRS[d.kind] }, 'could not write a stored record');
    }
  }

  private async writeMeta(): Promise<void> {
    try {
      await fs.promises.mkdir(this.layout.dir, { recursive: true });
      await writeRecord(this.layout.meta, JSON.stringify(metaOf(this.state)));
    } catch (err) {
      this.log.error({ err }, 'could not write the state file');
    }
  }

  // ---- job queries and mutations -------------------------------------------------------------

  allocateJobId(): number {
    this.metaChanged();
    return this.state.next_job_id++;
  }

  allocateVersionId(): number {
    this.metaChanged();
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
    this.jobChanged(job);
  }

  removeJob(jobId: number): void {
    this.state.jobs = this.state.jobs.filter((j) => j.job_id !== jobId);
    this.recordChanged('v1', String(jobId), null);
  }

  // ---- tokens (TokenService keeps its own index by hash) -------------------------------------

  addToken(token: TokenRecord): void {
    this.state.tokens.push(token);
    this.tokenChanged(token);
  }

  /** Removes the tokens `drop` selects; returns them. */
  removeTokens(drop: (t: TokenRecord) => boolean): TokenRecord[] {
    const gone = this.state.tokens.filter(drop);
    if (gone.length === 0) return gone;
    this.state.tokens = this.state.tokens.filter((t) => !drop(t));
    for (const t of gone) this.recordChanged('token', t.hash, null);
    return gone;
  }
}
