import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../../test/fake-event-source.js';
import { createTestQueryClient, jsonFetch } from '../../test/render.js';
import { drawnLogKey } from '../../lib/drawn-log.js';
import { takeEarlyStream } from '../../lib/early-log-stream.js';
import { forgetLogs, rememberedLog } from '../../lib/log-memory.js';
import { logFilesQueryOptions } from '../../features/v1-logs/api/log-files.js';
import { prefetchPage } from './job-detail-prefetch.js';

const VERSION = '/api/v1/training-jobs/7/versions/9';
const FILES = `${VERSION}/log/file-names`;
const STREAM = '/api/logs/job/v1/7/9?workers=job-a.0,job-a.1';
const calls = (fetch: ReturnType<typeof vi.fn>) => fetch.mock.calls.map(([url]) => String(url));

describe('the v1 job page prefetch', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    takeEarlyStream(STREAM)?.source.close();
    vi.unstubAllGlobals();
  });

  it('reads the version and its log files side by side, then opens the stream of those files', async () => {
    const fetch = vi.fn(
      jsonFetch({
        [`GET ${FILES}`]: { body: { is_success: true, log_file_list: ['job-a.0', 'job-a.1'] } },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const queryClient = createTestQueryClient();
    const done = prefetchPage(queryClient, { params: { jobId: '7', versionId: '9' } });
    // both requests leave before either answers
    expect(calls(fetch).sort()).toEqual([VERSION, FILES]);
    await done;
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(FakeEventSource.latest().url).toBe(STREAM);
    // the log panel's query takes the files from the cache, and its stream the early one
    expect(queryClient.getQueryData(logFilesQueryOptions(7, 9).queryKey)).toMatchObject({
      log_file_list: ['job-a.0', 'job-a.1'],
    });
    expect(takeEarlyStream(STREAM)?.source).toBe(FakeEventSource.latest());
  });

  it('opens no stream for a page drawn with the log’s first lines (its view resumes after them)', async () => {
    forgetLogs();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        jsonFetch({
          [`GET ${FILES}`]: { body: { is_success: true, log_file_list: ['job-a.0', 'job-a.1'] } },
        }),
      ),
    );
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(drawnLogKey(STREAM), {
      workers: ['job-a.0', 'job-a.1'],
      events: [{ worker: 'job-a.0', lines: ['a'] }],
      lastEventId: '0:1',
    });
    await prefetchPage(queryClient, { params: { jobId: '7', versionId: '9' } });
    expect(FakeEventSource.instances).toEqual([]);
  });

  it('opens no stream while the version has no log file, nor when the files cannot be read', async () => {
    for (const answer of [
      { body: { is_success: true, log_file_list: [] } },
      { status: 404, body: { error_code: 'ModelArts.0104', error_msg: 'no such version' } },
      { body: { is_success: false } },
    ]) {
      const fetch = vi.fn(jsonFetch({ [`GET ${FILES}`]: answer }));
      vi.stubGlobal('fetch', fetch);
      await prefetchPage(createTestQueryClient(), { params: { jobId: '7', versionId: '9' } });
      expect(calls(fetch)).toContain(FILES);
    }
    expect(FakeEventSource.instances).toEqual([]);
  });

  it('opens no early stream for a log the page already shows (its view resumes it)', async () => {
    const fetch = vi.fn(
      jsonFetch({
        [`GET ${FILES}`]: { body: { is_success: true, log_file_list: ['job-a.0', 'job-a.1'] } },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    rememberedLog(STREAM, () => []);
    await prefetchPage(createTestQueryClient(), { params: { jobId: '7', versionId: '9' } });
    forgetLogs();
    expect(calls(fetch)).toContain(FILES);
    expect(FakeEventSource.instances).toEqual([]);
  });

  it('reads nothing for an address whose ids are not numbers', async () => {
    const fetch = vi.fn(jsonFetch({}));
    vi.stubGlobal('fetch', fetch);
    for (const params of [{ jobId: 'x', versionId: '9' }, { jobId: '7', versionId: '9.5' }, {}])
      await prefetchPage(createTestQueryClient(), { params });
    expect(fetch).not.toHaveBeenCalled();
    expect(FakeEventSource.instances).toEqual([]);
  });
});
