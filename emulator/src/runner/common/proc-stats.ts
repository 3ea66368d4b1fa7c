import fs from 'node:fs';

/** Linux USER_HZ; 100 on every mainstream kernel build. */
const CLK_TCK = 100;
const PAGE_SIZE = 4096;

export interface GroupUsage {
  /** utime + stime of every live process in the group, in seconds. */
  cpuSeconds: number;
  rssBytes: number;
  readBytes: number;
  writeBytes: number;
}

const readText = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

const readTextAsync = (file: string): Promise<string | null> =>
  fs.promises.readFile(file, 'utf8').catch(() => null);

async function ioCounters(pid: string): Promise<{ read: number; write: number }> {
  const text = (await readTextAsync(`/proc/${pid}/io`)) ?? '';
  const field = (name: string) => Number(text.match(new RegExp(`^${name}: (\\d+)`, 'm'))?.[1] ?? 0);
  return { read: field('read_bytes'), write: field('write_bytes') };
}

/** Files read at once: enough to keep the thread pool busy, not so many that it queues all else. */
const BATCH = 32;

/**
 * CPU time, resident memory and disk I/O summed per process group, read from /proc/<pid>/stat
 * and /proc/<pid>/io (asynchronously, a batch at a time). Groups not asked for are skipped; an
 * empty map off Linux.
 */
export async function readGroupUsage(pgids: ReadonlySet<number>): Promise<Map<number, GroupUsage>> {
  const usage = new Map<number, GroupUsage>();
  if (pgids.size === 0) return usage;
  let entries: string[];
  try {
    entries = (await fs.promises.readdir('/proc')).filter((e) => /^\d+$/.test(e));
  } catch {
    return usage;
  }
  const one = async (pid: string) => {
    const stat = await readTextAsync(`/proc/${pid}/stat`);
    if (!stat) return;
    // fields after the command name "(…)", starting at field 3 (state)
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pgid = Number(f[2]);
    if (!pgids.has(pgid)) return;
    const io = await ioCounters(pid);
    const u = usage.get(pgid) ?? { cpuSeconds: 0, rssBytes: 0, readBytes: 0, writeBytes: 0 };
    u.cpuSeconds += (Number(f[11]) + Number(f[12])) / CLK_TCK;
    u.rssBytes += Number(f[21]) * PAGE_SIZE;
    u.readBytes += io.read;
    u.writeBytes += io.write;
    usage.set(pgid, u);
  };
  for (let i = 0; i < entries.length; i += BATCH)
    await Promise.all(entries.slice(i, i + BATCH).map(one));
  return usage;
}

/** MemTotal from /proc/meminfo in bytes (0 when unknown). */
export function memTotalBytes(): number {
  const kb = readText('/proc/meminfo')?.match(/^MemTotal:\s+(\d+) kB/m)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}
