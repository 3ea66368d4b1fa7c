import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { fileOf, readRecords, writeRecordSync, type StoredRecord } from './record-files.js';
import { emptyState, type EmulatorState, type JobRecord, type TokenRecord } from './types.js';
import type { V2JobRecord, V2State } from './v2-types.js';

/**
 * The state on disk, one file per record so a change writes only that record:
 *
 *   state/meta.json           counters, configurations, visualization jobs, v2 algorithms, …
 *   state/v1-jobs/<id>.json   one v1 job with its versions
 *   state/v2-jobs/<id>.json   one v2 job
 *   state/tokens/<hash>.json  one token (its SHA-256; never the token)
 *
 * Each file is replaced atomically (record-files.ts). `state.json` (everything in one file, the
 * first format) is migrated on the first start and kept as `state.json.migrated`.
 */
export const KIND_DIRS = { v1: 'v1-jobs', v2: 'v2-jobs', token: 'tokens' } as const;
export type RecordKind = keyof typeof KIND_DIRS;

export type FullState = EmulatorState & { v2?: V2State };

export interface StateLayout {
  dir: string;
  meta: string;
  legacy: string;
  kindDir(kind: RecordKind): string;
}

export function layoutOf(legacyFile: string): StateLayout {
  const dir = path.join(path.dirname(legacyFile), 'state');
  return {
    dir,
    meta: path.join(dir, 'meta.json'),
    legacy: legacyFile,
    kindDir: (kind) => path.join(dir, KIND_DIRS[kind]),
  };
}

/** Everything but the records: what meta.json holds. */
export function metaOf(state: FullState): object {
  const { jobs: _jobs, tokens: _tokens, v2, ...rest } = state;
  const meta: Record<string, unknown> = { ...rest, format: 2 };
  if (v2) {
    const { jobs: _v2jobs, ...v2rest } = v2;
    meta.v2 = v2rest;
  }
  return meta;
}

export const recordText = (seq: number, value: unknown) => JSON.stringify({ seq, value });

export interface LoadedState {
  state: FullState;
  /** The insertion order of every record loaded. */
  seqs: Map<object, number>;
}

function readLegacy(layout: StateLayout, log: Logger): FullState | null {
  if (!fs.existsSync(layout.legacy)) return null;
  try {
    const parsed = JSON.parse(fs.readFileSync(layout.legacy, 'utf8')) as Partial<FullState>;
    return { ...emptyState(), ...parsed, schema: 1 };
  } catch (err) {
    const broken = `${layout.legacy}.broken-${Date.now()}`;
    fs.renameSync(layout.legacy, broken);
    log.error({ err, broken }, 'state file unreadable; starting empty and keeping the old copy');
    return null;
  }
}

/** Writes a whole state in the record layout (meta.json last: until then, nothing is migrated). */
function writeAll(layout: StateLayout, state: FullState, seqs: Map<object, number>): void {
  const write = (kind: RecordKind, key: string, value: object) =>
    writeRecordSync(
      path.join(layout.kindDir(kind), fileOf(key)),
      recordText(seqs.get(value) ?? 0, value),
    );
  for (const kind of Object.keys(KIND_DIRS) as RecordKind[])
    fs.mkdirSync(layout.kindDir(kind), { recursive: true });
  for (const j of state.jobs) write('v1', String(j.job_id), j);
  for (const j of state.v2?.jobs ?? []) write('v2', j.id, j);
  for (const t of state.tokens) write('token', t.hash, t);
  writeRecordSync(layout.meta, JSON.stringify(metaOf(state)));
}

function numbered<T extends object>(values: T[], seqs: Map<object, number>): void {
  values.forEach((v, i) => seqs.set(v, i + 1));
}

function readRecordLayout(layout: StateLayout, log: Logger, repair: boolean): LoadedState {
  const meta = JSON.parse(fs.readFileSync(layout.meta, 'utf8')) as Partial<FullState> & {
    format?: number;
  };
  delete meta.format;
  const seqs = new Map<object, number>();
  const load = <T extends object>(kind: RecordKind): T[] =>
    readRecords<T>(layout.kindDir(kind), log, repair).map((r: StoredRecord<T>) => {
      seqs.set(r.value, r.seq);
      return r.value;
    });
  const state: FullState = { ...emptyState(), ...meta, schema: 1 };
  state.jobs = load<JobRecord>('v1');
  state.tokens = load<TokenRecord>('token');
  const v2Jobs = load<V2JobRecord>('v2');
  if (meta.v2 || v2Jobs.length > 0)
    state.v2 = { algorithms: [], seeded_projects: [], ...meta.v2, jobs: v2Jobs };
  // a crash between a record and meta.json must not hand out an id twice
  for (const j of state.jobs) {
    state.next_job_id = Math.max(state.next_job_id, j.job_id + 1);
    for (const v of j.versions)
      state.next_version_id = Math.max(state.next_version_id, v.version_id + 1);
  }
  return { state, seqs };
}

/**
 * Loads the state: the record layout when there is one, else `state.json` migrated to it, else
 * an empty state. An unreadable `state.json` is kept aside and the emulator starts empty.
 */
export function loadState(legacyFile: string, log: Logger): LoadedState {
  const layout = layoutOf(legacyFile);
  if (fs.existsSync(layout.meta)) return readRecordLayout(layout, log, true);
  const legacy = readLegacy(layout, log);
  const state: FullState = legacy ?? emptyState();
  const seqs = new Map<object, number>();
  numbered(state.jobs, seqs);
  numbered(state.tokens, seqs);
  numbered(state.v2?.jobs ?? [], seqs);
  // meta.json is written even for an empty state: records written later are then always read
  writeAll(layout, state, seqs);
  if (legacy) {
    fs.renameSync(layout.legacy, `${layout.legacy}.migrated`);
    log.info({ jobs: state.jobs.length }, 'state.json migrated to one file per record');
  }
  return { state, seqs };
}

/** The stored state as the emulator would load it (tests and tools; changes nothing on disk). */
export function readStoredState(legacyFile: string, log: Logger): FullState {
  const layout = layoutOf(legacyFile);
  if (!fs.existsSync(layout.meta)) {
    if (!fs.existsSync(layout.legacy)) return emptyState();
    return {
      ...emptyState(),
      ...(JSON.parse(fs.readFileSync(layout.legacy, 'utf8')) as FullState),
    };
  }
  return readRecordLayout(layout, log, false).state;
}
