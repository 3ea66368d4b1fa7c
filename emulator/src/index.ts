export { createEmulatorApp } from './app.js';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
export type { EmulatorContext } from './context.js';
export { SPECS, ENGINES } from './v1/catalog.js';
export { DEMO_ACCOUNT } from './demo-account.js';
