import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@console/shared';
import { AuditTrail } from './audit-trail.js';

const entry = (n: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(Date.UTC(2026, 11, 6, 8, 0, n)).toISOString(),
  user: n % 2 ? 'otto' : 'ada',
  role: 'operator',
  project: 'eu-de',
  method: 'POST',
  path: '/api/v1/training-jobs',
  job: `job-${n}`,
  status: 200,
  ...over,
});

describe('AuditTrail', () => {
  it('answers newest first, filtered by project, user, job and time, up to a limit', () => {
    const t = new AuditTrail();
    for (let n = 0; n < 6; n += 1) t.append(entry(n));
    t.append(entry(6, { project: 'eu-nl' }));
    expect(t.query({ project: 'eu-de' }).map((e) => e.job)).toEqual([
      'job-5',
      'job-4',
      'job-3',
      'job-2',
      'job-1',
      'job-0',
    ]);
    expect(t.query({ project: 'eu-de', user: 'otto' }).map((e) => e.job)).toEqual([
      'job-5',
      'job-3',
      'job-1',
    ]);
    expect(t.query({ job: 'job-2' }).map((e) => e.user)).toEqual(['ada']);
    const at = (n: number) => Date.parse(entry(n).time);
    expect(t.query({ from: at(2), to: at(4) }).map((e) => e.job)).toEqual([
      'job-4',
      'job-3',
      'job-2',
    ]);
    expect(t.query({ limit: 2 }).map((e) => e.job)).toEqual(['job-6', 'job-5']);
    expect(t.query().length).toBe(7);
  });

  it('keeps the newest entries in memory only', () => {
    const t = new AuditTrail(undefined, 3);
    for (let n = 0; n < 5; n += 1) t.append(entry(n));
    expect(t.query().map((e) => e.job)).toEqual(['job-4', 'job-3', 'job-2']);
  });

  it('appends JSON lines in order to its file, readable by its owner only', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'audit-')), 'audit.jsonl');
    const t = new AuditTrail(file);
    for (let n = 0; n < 3; n += 1) t.append(entry(n));
    await t.flushed();
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AuditEntry);
    expect(lines.map((e) => e.job)).toEqual(['job-0', 'job-1', 'job-2']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reports a write it cannot make, and keeps the entry in memory', async () => {
    const errors: unknown[] = [];
    const t = new AuditTrail('/nonexistent-dir/audit.jsonl', 10, (e) => errors.push(e));
    t.append(entry(1));
    await t.flushed();
    expect(errors).toHaveLength(1);
    expect(t.query()).toHaveLength(1);
  });
});
