import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';

/** One stored record: its insertion order (lists keep their order across a restart) and value. */
export interface StoredRecord<T> {
  seq: number;
  value: T;
}

const TMP = '.tmp';

/** A file name for a key: keys are ids and hashes; anything else is escaped, never a path. */
export const fileOf = (key: string) =>
  `${/^[A-Za-z0-9_-]{1,128}$/.test(key) ? key : encodeURIComponent(key).replace(/\./g, '%2E')}.json`;

/**
 * Writes `value` to `file` so that a crash at any moment leaves either the old or the new record,
 * never a torn one: a temp file beside it, then rename (atomic within a folder).
 */
export async function writeRecord(file: string, text: string): Promise<void> {
  const tmp = `${file}${TMP}`;
  await fs.promises.writeFile(tmp, text);
  await fs.promises.rename(tmp, file);
}

export function writeRecordSync(file: string, text: string): void {
  const tmp = `${file}${TMP}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export async function removeRecord(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true });
}

/**
 * Every record in `dir`, in insertion order. A temp file left by a crash mid-write is removed
 * (its record's previous version is still in place); a record that does not parse (a disk that
 * tore it) is moved aside as `<name>.broken` and logged, and the others load as usual. Without
 * `repair` (a reader beside a running emulator) both are only skipped.
 */
export function readRecords<T>(dir: string, log: Logger, repair = true): Array<StoredRecord<T>> {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const records: Array<StoredRecord<T>> = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith(TMP)) {
      if (repair) fs.rmSync(file, { force: true });
      continue;
    }
    if (!name.endsWith('.json')) continue;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredRecord<T>;
      if (typeof parsed.seq !== 'number' || parsed.value === undefined)
        throw new Error('no record');
      records.push(parsed);
    } catch (err) {
      if (!repair) continue;
      fs.renameSync(file, `${file}.broken`);
      log.error({ err, file: `${file}.broken` }, 'a stored record is unreadable; kept aside');
    }
  }
  return records.sort((a, b) => a.seq - b.seq);
}
