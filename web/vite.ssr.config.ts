import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import base from './vite.config.js';

/**
 * The server-side renderer of the first screen (src/ssr/render-page.tsx), built for Node into
 * dist-server/ (not dist/: the BFF serves dist/ to browsers, and this file is the server's).
 * Everything is bundled in, so the BFF loads one file and resolves nothing of the web's.
 */
export default mergeConfig(base, {
  build: {
    ssr: fileURLToPath(new URL('./src/ssr/render-page.tsx', import.meta.url)),
    outDir: 'dist-server',
    emptyOutDir: true,
    sourcemap: false,
    manifest: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  publicDir: false,
  // React's and the libraries' production code (a Node build leaves NODE_ENV to the process: the
  // development build renders ~3× slower, checking every element)
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { noExternal: true, target: 'node' },
});
