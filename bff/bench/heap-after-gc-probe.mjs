// Preloaded into the fan-out bench's BFF replicas (NODE_OPTIONS `--expose-gc --import`): on SIGUSR2
// a full GC, then `process.memoryUsage()` written to `<HEAP_PROBE_DIR>/<pid>.json` (what the
// process still holds, without the garbage a busy moment left behind).
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.HEAP_PROBE_DIR;
if (dir) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    const file = path.join(dir, `${process.pid}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
    renameSync(`${file}.tmp`, file);
  });
}
