import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CHUNK_GROUPS } from './scripts/chunk-groups.js';

const BFF_URL = process.env.BFF_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  // @console/shared resolves to its TypeScript sources (the "@console/source" export condition).
  resolve: {
    conditions: ['@console/source', ...defaultClientConditions],
    // zod, configured for the CSP (no eval) before any schema is built: see src/app/zod-csp.ts.
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./src/app/zod-csp.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps are built for debugging but not referenced from the bundles, and the BFF answers
    // 404 for *.map unless SERVE_SOURCE_MAPS=1.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: the chunk graph the first-screen budget (scripts/post-build.ts) reads.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks cache better; which go
        // together is measured against the first-screen budget (scripts/chunk-groups.ts).
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: BFF_URL,
        changeOrigin: false,
        // Server-Sent Events must reach the browser as they arrive: never buffer or compress them.
        configure: (proxy) => {
          proxy.on('proxyRes', (proxyRes) => {
            if (String(proxyRes.headers['content-type'] ?? '').startsWith('text/event-stream')) {
              proxyRes.headers['cache-control'] = 'no-cache, no-transform';
              proxyRes.headers['x-accel-buffering'] = 'no';
            }
          });
        },
      },
    },
  },
  preview: { port: 4173, proxy: { '/api': { target: BFF_URL } } },
});
