import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { V2StatusEvent } from '@console/shared';
import { FakeV2LogClient } from '../../test-support/fake-v2-log-client.js';
import { RecordingSink, until } from '../../test-support/recording-sink.js';
import { LogTailRegistry } from './log-tail-registry.js';
import { PreviewLogSource } from './preview-log-source.js';

const target = { projectId: 'p', jobId: 'job-uuid', taskId: 'worker-0' };

const tick = (ms = 12) => new Promise((r) => setTimeout(r, ms));

/** Line i of the test log: ASCII, 2-, 3- and 4-byte characters. */
const lineOf = (i: number) => `${i} é 損失 🙂 ${'x'.repeat(i % 7)}`;

/** Writes lines 1..n in chunks of `chunk` bytes, so characters and lines split across polls. */
async function writeChunked(client: FakeV2LogClient, from: number, to: number, chunk: number) {
  const bytes = Buffer.from(
    Array.from({ length: to - from + 1 }, (_, k) => `${lineOf(from + k)}\n`).join(''),
  );
  for (let i = 0; i < bytes.length; i += chunk) {
    client.log.write(bytes.subarray(i, i + chunk));
    await tick(3);
  }
}

/** A viewer of the v2 preview log of `target`, from `after`. */
const open = (
  r: LogTailRegistry<V2StatusEvent>,
  client: FakeV2LogClient,
  after: string | undefined,
  sink: RecordingSink<V2StatusEvent>,
) =>
  r.open({
    source: new PreviewLogSource(client, target),
    after,
    sink,
    token: () => 'tok',
    account: 'a',
  });

describe('v2 log tail (preview + byte cursor) on the shared registry', () => {
  let registry: LogTailRegistry<V2StatusEvent>;
  const make = (maxBufferedLines = 20_000) => {
    registry = new LogTailRegistry<V2StatusEvent>({
      intervalMs: 2,
      idleGraceMs: 10_000,
      logger: pino({ level: 'silent' }),
      maxBufferedLines,
    });
    return registry;
  };
  afterEach(() => registry?.closeAll());

  it('streams lines split mid-character across polls, resumes by byte offset, one poller', async () => {
    const client = new FakeV2LogClient();
    const r = make(50);
    const a = new RecordingSink<V2StatusEvent>();
    const closeA = open(r, client, undefined, a);
    await writeChunked(client, 1, 300, 37);
    await until(() => a.lines.length === 300);
    const resumeAt = a.ids.at(-1);
    expect(Number(resumeAt)).toBe(client.log.bytes.length);
    closeA();
    await writeChunked(client, 301, 400, 29);
    const b = new RecordingSink<V2StatusEvent>();
    open(r, client, resumeAt, b);
    const c = new RecordingSink<V2StatusEvent>();
    open(r, client, undefined, c);
    client.log.write('last line without newline 損');
    client.finish();
    await until(() => b.ended !== undefined && c.ended !== undefined);
    const all = [...Array.from({ length: 400 }, (_, i) => lineOf(i + 1))];
    expect(a.lines).toEqual(all.slice(0, 300));
    expect(b.lines).toEqual([...all.slice(300), 'last line without newline 損']);
    // c started from 0 after most pages were evicted (50-line buffer): exact re-reads.
    expect(c.lines).toEqual([...all, 'last line without newline 損']);
    expect(c.lines.join('\n')).not.toContain('\uFFFD');
    expect(b.ended).toEqual({ phase: 'Completed', secondary_phase: 'Completed' });
    expect(b.statuses.at(-1)).toEqual({ phase: 'Completed', secondary_phase: 'Completed' });
    expect(c.ids.at(-1)).toBe(String(client.log.bytes.length));
    expect(r.stats()).toMatchObject({ shared: 1, private: 0, privateStarted: 0 });
  });

  it('says how many bytes left the preview window and goes on from its start', async () => {
    const client = new FakeV2LogClient(1000);
    client.log.write('old\n'.repeat(1000)); // 4000 bytes, only the newest 1000 are previewed
    const r = make();
    const s = new RecordingSink<V2StatusEvent>();
    open(r, client, undefined, s);
    await until(() => s.lines.length > 0);
    client.log.write('new\n');
    client.finish('Failed');
    await until(() => s.ended !== undefined);
    expect(s.lines[0]).toBe('\n[console] 3000 bytes skipped: older than the 5 MB preview window');
    expect(s.lines.slice(1)).toEqual([...Array<string>(250).fill('old'), 'new']);
    expect(s.ended?.phase).toBe('Failed');
  });

  it('resumes a cursor from before a restart with a private poller, exactly', async () => {
    const client = new FakeV2LogClient();
    client.log.write('a\nbb\nccc\n');
    const r = make();
    const first = new RecordingSink<V2StatusEvent>();
    open(r, client, undefined, first);
    await until(() => first.lines.length === 3);
    const s = new RecordingSink<V2StatusEvent>();
    open(r, client, '5', s); // a line boundary, but no page boundary of the shared chain
    client.finish();
    await until(() => s.ended !== undefined && first.ended !== undefined);
    expect(s.lines).toEqual(['ccc']);
    expect(r.stats().privateStarted).toBe(1);
  });
});
