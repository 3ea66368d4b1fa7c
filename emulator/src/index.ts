export { createEmulatorApp } from './http/app.js';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';
export type { EmulatorContext } from './http/context.js';
export { SPECS, ENGINES } from './domain/v1/catalog.js';
export { DEMO_ACCOUNT } from './demo-account.js';
