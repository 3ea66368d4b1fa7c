import fs from 'node:fs';

/** At most this much is appended per call, so a tick never blocks long on a huge log. */
const MAX_APPEND_BYTES = 8 * 1024 * 1024;

/**
 * Keeps `dest` a copy of the growing log `src`: appends only the bytes `dest` lacks (up to 8 MB a
 * call; the next call goes on), or copies anew when `dest` is missing or longer than `src`.
 * Returns true when `dest` is complete.
 */
export function mirrorLog(src: string, dest: string, maxBytes = MAX_APPEND_BYTES): boolean {
  const size = fs.statSync(src).size;
  const have = fs.existsSync(dest) ? fs.statSync(dest).size : -1;
  if (have === size) return true;
  if (have < 0 || have > size) {
    fs.copyFileSync(src, dest);
    return true;
  }
  const length = Math.min(size - have, maxBytes);
  const buf = Buffer.alloc(length);
  const fd = fs.openSync(src, 'r');
  try {
    fs.readSync(fd, buf, 0, length, have);
  } finally {
    fs.closeSync(fd);
  }
  fs.appendFileSync(dest, buf);
  return have + length === size;
}
