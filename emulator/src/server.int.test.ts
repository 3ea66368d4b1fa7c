import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from './test-support.js';
import { spawnEmulator } from './testing.js';
import { isLoopback, listen } from './server.js';

describe('where the emulator listens', () => {
  let t: TestEmulator | undefined;
  afterAll(async () => t?.cleanup());

  it('listen() binds to 127.0.0.1 unless told otherwise', async () => {
    t = await createTestEmulator();
    const server = await listen(t.app, 0);
    try {
      expect(server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(res.status).toBe(200);
    } finally {
      server.close();
    }
  });

  it('answers a URL too long for Node with 431 in the gateway shape, not an empty body', async () => {
    t ??= await createTestEmulator();
    const server = await listen(t.app, 0);
    try {
      const port = (server.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/v1/x?q=${'q'.repeat(20_000)}`);
      expect(res.status).toBe(431);
      expect(await res.json()).toMatchObject({ error_code: 'APIGW.0115' });
    } finally {
      server.close();
    }
  });

  it('the emulator process listens on 127.0.0.1 by default (its server.address())', async () => {
    const emu = await spawnEmulator();
    try {
      expect(emu.host).toBe('127.0.0.1');
      expect((await fetch(`${emu.url}/`)).status).toBe(200);
    } finally {
      await emu.stop();
    }
  }, 40_000);

  it('EMULATOR_HOST chooses the address (and only that one answers)', async () => {
    const emu = await spawnEmulator({ env: { EMULATOR_HOST: '127.0.0.2' } });
    try {
      expect(emu.host).toBe('127.0.0.2');
      expect((await fetch(`http://127.0.0.2:${emu.port}/`)).status).toBe(200);
      await expect(fetch(`http://127.0.0.1:${emu.port}/`)).rejects.toThrow();
    } finally {
      await emu.stop();
    }
  }, 40_000);

  it('tells loopback addresses from the rest', () => {
    expect(['127.0.0.1', '127.3.2.1', '::1', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.5', '192.168.1.2'].some(isLoopback)).toBe(false);
  });
});
