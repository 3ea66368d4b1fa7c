import { describe, expect, it } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { DiagnosisCache } from './diagnosis-cache.js';
import { DEFAULT_DIAGNOSIS_LIMITS } from './diagnosis-limits.js';
import { diagnoseV1, type V1DiagnosisSource } from './v1-diagnosis.js';

function source(log: FakeLogClient, key: string): V1DiagnosisSource & { files: number } {
  const s = {
    key,
    files: 0,
    status: async () => 11,
    logFiles: async () => {
      s.files += 1;
      return ['w0'];
    },
    reader: () => (q: Parameters<FakeLogClient['readAomLog']>[2]) =>
      log.readAomLog({ projectId: 'p', jobId: '1', versionId: '2', logFile: 'w0' }, 't', q),
  };
  return s;
}

describe('diagnoseV1 bounds', () => {
  it('a log longer than the page budget says so, once: the answer is kept', async () => {
    const log = new FakeLogClient();
    for (let i = 0; i < 30 * 500; i++) log.lines.push(`step ${i}`);
    log.lines.push('RuntimeError: late', '[ModelArts Service Log]Training failed with exit code 1');
    const cache = new DiagnosisCache();
    const src = source(log, 'long');
    const limits = { ...DEFAULT_DIAGNOSIS_LIMITS, maxPagesPerWorker: 10 };
    const d = await diagnoseV1(src, cache, limits);
    expect(d.workers[0]).toMatchObject({
      exit_code: 1,
      failed: true,
      truncated: true,
      error: null,
    });
    expect(d.workers[0]?.problem).toMatch(/longer than the console searches/);
    const reads = log.reads.length;
    expect(reads).toBeLessThanOrEqual(12);
    await diagnoseV1(src, cache, limits);
    expect(log.reads.length).toBe(reads);
    expect(src.files).toBe(1);
  });

  it('stops reading forward at the byte cap, and says how much it read', async () => {
    const log = new FakeLogClient();
    for (let i = 0; i < 5000; i++) log.lines.push(`step ${i}`);
    log.lines.push('[ModelArts Service Log]Training failed with exit code 2');
    const limits = { ...DEFAULT_DIAGNOSIS_LIMITS, maxBytesPerWorker: 4000 };
    const d = await diagnoseV1(source(log, 'cap'), new DiagnosisCache(), limits);
    expect(d.workers[0]).toMatchObject({
      exit_code: 2,
      truncated: true,
      bytes_read: 4000,
      error: null,
    });
  });
});
