import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { createEmulatorApp } from './http/app.js';
import { DEMO_ACCOUNT } from './demo-account.js';
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator.js';

/** Test helper: an in-process emulator over a temp data folder, driven with supertest. */
export interface TestEmulator {
  app: Express;
  emulator: Emulator;
  dataDir: string;
  pid: string;
  login(project?: string): Promise<string>;
  cleanup(): Promise<void>;
}

export function tokenBody(
  opts: { user?: string; password?: string; project?: { name?: string; id?: string } } = {},
) {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: {
          user: {
            name: opts.user ?? 'demo',
            password: opts.password ?? 'demo',
            domain: { name: 'demo' },
          },
        },
      },
      scope: { project: opts.project ?? { name: DEMO_ACCOUNT.project } },
    },
  };
}

export async function createTestEmulator(
  opts: Partial<EmulatorOptions> = {},
): Promise<TestEmulator> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-unit-'));
  const emulator = createEmulator({ dataDir, ...opts });
  const app = createEmulatorApp(emulator.ctx);
  return {
    app,
    emulator,
    dataDir,
    pid: DEMO_ACCOUNT.projectId,
    async login(project = DEMO_ACCOUNT.project) {
      const res = await request(app)
        .post('/v3/auth/tokens')
        .send(tokenBody({ project: { name: project } }));
      const token = res.headers['x-subject-token'];
      if (res.status !== 201 || typeof token !== 'string')
        throw new Error(`login failed: ${res.status}`);
      return token;
    },
    async cleanup() {
      await emulator.shutdown();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
