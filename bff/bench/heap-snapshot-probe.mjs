// Preloaded into a BFF (NODE_OPTIONS `--import`) by viewer-heap.ts: on SIGWINCH a heap snapshot
// (V8 collects garbage first) written to `<HEAP_PROBE_DIR>/<pid>.heapsnapshot`, renamed when complete.
import { renameSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

const dir = process.env.HEAP_PROBE_DIR;
if (dir) {
  process.on('SIGWINCH', () => {
    const file = path.join(dir, `${process.pid}.heapsnapshot`);
    v8.writeHeapSnapshot(`${file}.tmp`);
    renameSync(`${file}.tmp`, file);
  });
}
