import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionLogDir } from '../../runner/v1/launch-plan.js';
import { seed004CreateBody } from '@console/shared/fixtures';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import { cursorBase, cursorOf, selectLines } from '../../domain/v1/aom-log.js';

describe('selectLines', () => {
  const base = cursorBase(1_609_121_837_000);
  const c = (i: number) => cursorOf(base, i);
  it('builds 19-digit cursors', () => {
    expect(c(1)).toBe('1609121837000000001');
  });
  it.each([
    ['tail', { lines: 3 }, { from: 8, to: 10 }],
    ['desc from 0', { lines: 4, base_line: '0', order: 'desc' as const }, { from: 1, to: 4 }],
    ['desc after a cursor', { lines: 4, base_line: c(4) }, { from: 5, to: 8 }],
    ['desc at the end', { lines: 4, base_line: c(8) }, { from: 9, to: 10 }],
    [
      'asc before a cursor',
      { lines: 3, base_line: c(5), order: 'asc' as const },
      { from: 2, to: 4 },
    ],
    [
      'asc near the start',
      { lines: 3, base_line: c(2), order: 'asc' as const },
      { from: 1, to: 1 },
    ],
  ])('%s', (_label, q, range) => {
    expect(selectLines(10, q, base).range).toEqual(range);
  });
  it.each([
    ['nothing after the last line', { lines: 5, base_line: c(10) }],
    ['nothing before the first line', { lines: 5, base_line: c(1), order: 'asc' as const }],
    ['lines=0', { lines: 0 }],
  ])('%s → empty', (_label, q) => {
    expect(selectLines(10, q, base).range).toBeNull();
  });
});

describe('GET aom-log', () => {
  let t: TestEmulator;
  let token: string;
  let url: string;
  let file: string;
  let createTime: number;
  beforeAll(async () => {
    t = await createTestEmulator({ timings: { initMs: 600_000 } });
    token = await t.login();
    const res = await request(t.app)
      .post(`/v1/${t.pid}/training-jobs`)
      .set('X-Auth-Token', token)
      .send(seed004CreateBody);
    const { job_id, version_id, create_time } = res.body;
    createTime = create_time;
    url = `/v1/${t.pid}/training-jobs/${job_id}/versions/${version_id}/aom-log`;
    file = path.join(versionLogDir(t.emulator.ctx.paths, job_id, version_id), 'job-jobtest-tf.0');
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`);
    fs.writeFileSync(file, lines.join('\n') + '\npartial without newline');
  });
  afterAll(async () => t.cleanup());

  const get = (query: string) =>
    request(t.app).get(`${url}?log_file=job-jobtest-tf.0&${query}`).set('X-Auth-Token', token);
  const cur = (i: number) => String(BigInt(createTime) * 1_000_000n + BigInt(i));

  it('returns the tail without the partial line while the job runs', async () => {
    const res = await get('lines=2');
    expect(res.body).toEqual({
      is_success: true,
      content: 'line 11\nline 12\n',
      lines: 2,
      start_line: cur(11),
      end_line: cur(12),
    });
  });

  it('finds the start the documented way (latest, then back with asc) and reads on with desc', async () => {
    const latest = await get('lines=5');
    expect(latest.body).toMatchObject({ start_line: cur(8), end_line: cur(12) });
    const back = await get(`lines=5&base_line=${latest.body.start_line}&order=asc`);
    expect(back.body).toMatchObject({ lines: 5, start_line: cur(3), end_line: cur(7) });
    const first = await get(`lines=5&base_line=${back.body.start_line}&order=asc`);
    expect(first.body.content).toBe('line 1\nline 2\n');
    const none = await get(`lines=5&base_line=${first.body.start_line}&order=asc`);
    expect(none.body).toMatchObject({ lines: 0, content: '' });
    const next = await get(`lines=5&base_line=${first.body.end_line}&order=desc`);
    expect(next.body).toMatchObject({ lines: 5, start_line: cur(3), end_line: cur(7) });
  });

  it.each([
    ['0', '0'],
    ['a cursor before the first line', 'before'],
    ['a cursor past the last line', 'past'],
    ['a cursor of the unfinished line', 'partial'],
  ])(
    'refuses base_line = %s (not a cursor it issued) with 400 naming base_line',
    async (_n, which) => {
      const value = { '0': '0', before: cur(0), past: cur(14), partial: cur(13) }[which];
      const res = await get(`lines=5&base_line=${value}&order=desc`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error_code: 'ModelArts.0101' });
      expect(res.body.error_message).toContain('base_line: base_line must be the start_line');
    },
  );

  it('reads backwards with order=asc', async () => {
    const res = await get(`lines=3&base_line=${cur(6)}&order=asc`);
    expect(res.body).toMatchObject({
      content: 'line 3\nline 4\nline 5\n',
      start_line: cur(3),
      end_line: cur(5),
    });
  });

  it('answers an empty page with lines 0 and the cursor echoed', async () => {
    const res = await get(`lines=50&base_line=${cur(12)}&order=desc`);
    expect(res.body).toEqual({
      is_success: true,
      content: '',
      lines: 0,
      start_line: cur(12),
      end_line: cur(12),
    });
  });

  it('picks up lines appended later', async () => {
    fs.appendFileSync(file, ' now complete\nline 14\n');
    const res = await get(`lines=50&base_line=${cur(12)}`);
    expect(res.body.content).toBe('partial without newline now complete\nline 14\n');
  });

  it.each([
    ['lines=501', 'lines'],
    ['lines=-1', 'lines'],
    ['lines=5&order=up', 'order'],
    ['lines=5&base_line=abc', 'base_line'],
  ])('rejects %s with 400 ModelArts.0101', async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('ModelArts.0101');
    expect(res.body.error_message).toContain(`${field}:`);
  });

  it('rejects an unknown log file', async () => {
    const res = await request(t.app).get(`${url}?log_file=other.0`).set('X-Auth-Token', token);
    expect(res.status).toBe(400);
    expect(res.body.error_message).toContain('log_file');
  });
});
