import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, probing for it when each object
// schema is built. The console's CSP has no 'unsafe-eval', so the probe would be refused (and
// reported) in every browser: parse without the JIT instead. Imported first by main.tsx.
z.config({ jitless: true });
