import { config } from 'zod/v4';

// zod compiles object parsers with `new Function` when it may, probing for it when each object
// schema is built. The console's CSP has no 'unsafe-eval', so the probe would be refused (and
// reported) in every browser: parse without the JIT instead.
//
// The build aliases the bare `zod` import to this module (vite.config.ts), so every schema module
// — @console/shared's included — imports zod through it, and `config` has run before the first
// schema is built, whichever chunk that schema lands in.
config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
