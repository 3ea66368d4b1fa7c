/**
 * Preloaded into a spawned BFF (`--import`) for memory tests: on the IPC message `heap` it runs a
 * full GC (the process needs `--expose-gc`) and answers `{ heapUsed }` in bytes.
 */
process.on('message', (m: unknown) => {
  if (m !== 'heap') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});
