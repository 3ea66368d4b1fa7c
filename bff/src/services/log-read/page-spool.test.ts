import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpoolFile } from './page-spool.js';
import { newSpoolFolder } from './spool-folders.js';
import { SpoolStore } from './spool-store.js';

const stores: SpoolStore[] = [];
function storeOf(maxBytes: number, openFile?: (path: string) => Promise<SpoolFile>): SpoolStore {
  const store = new SpoolStore({ maxBytes, ...(openFile ? { openFile } : {}) });
  stores.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

/** A file whose writes fail as on a full disk (reads work on what was never written: zeros). */
async function fullDisk(path: string): Promise<SpoolFile> {
  const real = await open(path, 'wx+', 0o600);
  return {
    write: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
    read: (d, o, l, p) => real.read(d, o, l, p),
    close: () => real.close(),
  };
}

describe('PageSpool and SpoolStore (a local copy of v1 page texts)', () => {
  it('appends pages and reads one or a run of them back, in any order, private to the process', async () => {
    const store = storeOf(1 << 20);
    const spool = store.create('a', () => undefined)!;
    const texts = ['one\ntwo\n', '損失 🙂\n', '', 'last\n'];
    const extents = texts.map((t) => spool.append(t)!);
    expect(await spool.read([extents[1]!])).toEqual([texts[1]]);
    expect(await spool.read([...extents].reverse())).toEqual([...texts].reverse());
    expect(store.bytes).toBe(Buffer.byteLength(texts.join('')));
    expect(statSync(spool.path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(spool.path)).mode & 0o777).toBe(0o700);
    await store.close();
    expect(existsSync(spool.path)).toBe(false);
    expect(existsSync(dirname(spool.path))).toBe(false);
    expect(await spool.read([extents[0]!])).toBeUndefined();
  });

  it('keeps all spools within the cap, evicting the least recently used with their index', async () => {
    const store = storeOf(100);
    const evicted: string[] = [];
    const a = store.create('a', () => evicted.push('a'))!;
    const b = store.create('b', () => evicted.push('b'))!;
    const c = store.create('c', () => evicted.push('c'))!;
    const ea = a.append('a'.repeat(40))!;
    b.append('b'.repeat(40));
    store.touch('a'); // b is now the least recently used
    c.append('c'.repeat(40));
    expect(evicted).toEqual(['b']);
    expect(store.bytes).toBe(80);
    expect(b.usable).toBe(false);
    expect(await a.read([ea])).toEqual(['a'.repeat(40)]);
    // a page larger than what evicting every other spool frees is not spooled
    expect(c.append('x'.repeat(101))).toBeUndefined();
    expect(evicted).toEqual(['b']);
    // a spool needing the whole cap evicts all the others, never itself
    expect(c.append('c'.repeat(60))).toBeDefined();
    expect(evicted).toEqual(['b', 'a']);
    expect(store.bytes).toBe(100);
    expect(c.append('z')).toBeUndefined();
    expect(c.usable).toBe(true);
  });

  it('stays within the cap when many walks append at once', async () => {
    const store = storeOf(10_000);
    const spools = Array.from({ length: 8 }, (_, i) => store.create(`k${i}`, () => undefined)!);
    await Promise.all(
      spools.map(async (s, i) => {
        for (let p = 0; p < 50; p++) {
          s.append(`${i}:${p}:`.padEnd(97, '.') + '\n');
          expect(store.bytes).toBeLessThanOrEqual(10_000);
          await Promise.resolve();
        }
      }),
    );
    expect(store.bytes).toBeLessThanOrEqual(10_000);
    expect(store.bytes).toBe(spools.reduce((sum, s) => sum + (s.usable ? s.bytes : 0), 0));
  });

  it('a failed write (disk full) makes the spool answer nothing, so the upstream is read', async () => {
    const store = storeOf(1 << 20, fullDisk);
    const spool = store.create('a', () => undefined)!;
    const e = spool.append('secret line\n')!;
    expect(await e.written).toBe(false);
    expect(spool.usable).toBe(false);
    expect(await spool.read([e])).toBeUndefined();
    expect(spool.append('more\n')).toBeUndefined();
  });

  it('an unopenable file and a spool turned off both give no spool, never an error', async () => {
    const broken = storeOf(1 << 20, () => Promise.reject(new Error('EACCES')));
    const spool = broken.create('a', () => undefined)!;
    const e = spool.append('x\n');
    expect(await e?.written).toBe(false);
    expect(await spool.read(e ? [e] : [])).toBeUndefined();
    expect(storeOf(0).create('a', () => undefined)).toBeUndefined();
  });
});

describe('spool folders', () => {
  it('a folder left by a killed process is removed by the next one; a live one is kept', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'spool-sweep-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
      const deadPid = Number(dead.stdout.toString());
      mkdirSync(join(parent, `console-log-spool-${deadPid}-abc`));
      writeFileSync(join(parent, `console-log-spool-${deadPid}-abc`, '1.log'), 'secret');
      mkdirSync(join(parent, `console-log-spool-${process.ppid}-def`));
      mkdirSync(join(parent, 'unrelated'));
      const mine = newSpoolFolder(parent);
      expect(readdirSync(parent).sort()).toEqual(
        [basename(mine), `console-log-spool-${process.ppid}-def`, 'unrelated'].sort(),
      );
      expect(statSync(mine).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
