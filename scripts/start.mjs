// `pnpm start`: the emulator (a local ModelArts-compatible cloud) and the BFF serving the built web app,
// both run from their compiled `dist/main.js` with plain node (`pnpm build` first). `--dev` (`pnpm dev`)
// runs them from source through tsx instead. Honours PORT (8080), EMULATOR_PORT (8081),
// EMULATOR_OBS_PORT (8082, the emulator's OBS service, which the BFF's OBS endpoints use) and
// EMULATOR_DATA_DIR. Set IAM_ENDPOINT and MODELARTS_ENDPOINT (and OBS_ENDPOINT) to use a real cloud
// instead: the emulator is then not started.
import { fileURLToPath } from 'node:url';
import { startServer, stopAll } from './lib/processes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '8080';
const obsPort = process.env.EMULATOR_OBS_PORT ?? '8082';
const useCloud = Boolean(process.env.IAM_ENDPOINT && process.env.MODELARTS_ENDPOINT);
const mode = process.argv.includes('--dev') ? 'dev' : 'built';
const children = [];

async function main() {
  let endpoints = {};
  if (!useCloud) {
    const emulator = startServer({
      name: 'emulator',
      cwd: `${root}emulator`,
      mode,
      env: {
        EMULATOR_PORT: process.env.EMULATOR_PORT ?? '8081',
        EMULATOR_OBS_PORT: obsPort,
      },
      readyPattern: /EMULATOR_LISTENING port=(\d+)/,
    });
    children.push(emulator.child);
    const emulatorPort = await emulator.ready;
    const url = `http://127.0.0.1:${emulatorPort}`;
    endpoints = {
      IAM_ENDPOINT: url,
      MODELARTS_ENDPOINT: url,
      OBS_ENDPOINT: `http://127.0.0.1:${obsPort}`,
    };
  }
  const bff = startServer({
    name: 'bff',
    cwd: `${root}bff`,
    mode,
    env: { PORT: port, ...endpoints },
    readyPattern: /BFF_LISTENING port=(\d+)/,
  });
  children.push(bff.child);
  const bffPort = await bff.ready;
  console.log(`\nModelArts Console is ready at http://localhost:${bffPort}`);
  if (!useCloud)
    console.log('Log in with domain "demo", user "demo", password "demo", project "eu-de".\n');
  for (const c of children) {
    c.once('exit', (code) => {
      console.error(`a server exited (code ${code}); stopping the others`);
      stopAll(children);
      process.exitCode = code || 1;
    });
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stopAll(children));
main().catch((err) => {
  console.error(err.message);
  stopAll(children);
  process.exit(1);
});
