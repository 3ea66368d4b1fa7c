import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logger.js';
import { seedObs } from './obs-assets.js';
import { StateStore } from './state-store.js';

const log = createLogger('silent');
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const token = (hash: string) => ({
  hash,
  user_name: 'demo',
  user_id: 'u',
  domain_name: 'demo',
  domain_id: 'd',
  project_id: 'p',
  project_name: 'eu-de',
  issued_at: 1,
  expires_at: 2,
});

describe('StateStore', () => {
  it('survives a reload, writing atomically after a short debounce', async () => {
    const dir = tmp();
    const file = path.join(dir, 'state.json');
    const store = new StateStore(file, log, 10);
    const id = store.allocateJobId();
    store.addToken(token('h'));
    expect(fs.readdirSync(path.join(dir, 'state/tokens'))).toEqual([]);
    await vi.waitFor(() =>
      expect(fs.readdirSync(path.join(dir, 'state/tokens'))).toEqual(['h.json']),
    );
    await store.flush();
    const again = new StateStore(file, log);
    expect(again.state.next_job_id).toBe(id + 1);
    expect(again.state.tokens).toHaveLength(1);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('keeps an unreadable state file aside and starts empty', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'state.json'), '{ not json');
    const store = new StateStore(path.join(dir, 'state.json'), log);
    expect(store.state.jobs).toEqual([]);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('state.json.broken-'))).toBe(true);
  });
});

describe('seedObs', () => {
  it('copies missing sample files and leaves existing ones alone', () => {
    const assets = tmp();
    const obs = tmp();
    fs.mkdirSync(path.join(assets, 'bucket/code'), { recursive: true });
    fs.writeFileSync(path.join(assets, 'bucket/code/a.py'), 'shipped');
    fs.writeFileSync(path.join(assets, 'bucket/code/b.py'), 'shipped');
    fs.mkdirSync(path.join(obs, 'bucket/code'), { recursive: true });
    fs.writeFileSync(path.join(obs, 'bucket/code/a.py'), 'user edit');
    expect(seedObs(assets, obs)).toBe(1);
    expect(fs.readFileSync(path.join(obs, 'bucket/code/a.py'), 'utf8')).toBe('user edit');
    expect(fs.readFileSync(path.join(obs, 'bucket/code/b.py'), 'utf8')).toBe('shipped');
  });
});
