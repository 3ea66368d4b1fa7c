import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnEmulator, writeObsFile, type SpawnedEmulator } from '../../testing.js';
import { obsClient, sha256File, type ObsSdkClient } from './obs-sdk-test-support.js';

// The official Huawei OBS SDK for Node.js (esdk-obs-nodejs) against a real emulator process.
let emu: SpawnedEmulator;
let obs: ObsSdkClient;
let tmp: string;
const Bucket = 'sdk-bucket';

beforeAll(async () => {
  emu = await spawnEmulator();
  obs = await obsClient(emu.obsUrl);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'obs-sdk-'));
  expect((await obs.createBucket({ Bucket })).CommonMsg.Status).toBe(200);
});
afterAll(async () => {
  obs?.close();
  await emu?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('objects through the OBS SDK', () => {
  it('puts, heads, gets a range, lists and deletes an object', async () => {
    const put = await obs.putObject({ Bucket, Key: 'docs/hello.txt', Body: 'hello, object store' });
    expect(put.CommonMsg.Status).toBe(200);
    expect(put.InterfaceResult.ETag).toMatch(/^"[0-9a-f]{32}"$/);

    const head = await obs.getObjectMetadata({ Bucket, Key: 'docs/hello.txt' });
    expect(head.CommonMsg.Status).toBe(200);
    expect(head.InterfaceResult.ContentLength).toBe('19');
    expect(head.InterfaceResult.ETag).toBe(put.InterfaceResult.ETag);

    const range = await obs.getObject({ Bucket, Key: 'docs/hello.txt', Range: 'bytes=7-12' });
    expect(range.CommonMsg.Status).toBe(206);
    expect(String(range.InterfaceResult.Content)).toBe('object');

    const past = await obs.getObject({ Bucket, Key: 'docs/hello.txt', Range: 'bytes=50-60' });
    expect(past.CommonMsg).toMatchObject({ Status: 416, Code: 'InvalidRange' });

    const list = await obs.listObjects({ Bucket, Prefix: 'docs/' });
    expect(list.InterfaceResult.Contents?.map((c) => [c.Key, c.Size])).toEqual([
      ['docs/hello.txt', '19'],
    ]);

    expect((await obs.deleteObject({ Bucket, Key: 'docs/hello.txt' })).CommonMsg.Status).toBe(204);
    const gone = await obs.getObjectMetadata({ Bucket, Key: 'docs/hello.txt' });
    expect(gone.CommonMsg.Status).toBe(404);
    const missing = await obs.getObject({ Bucket, Key: 'docs/hello.txt' });
    expect(missing.CommonMsg).toMatchObject({ Status: 404, Code: 'NoSuchKey' });
  });

  it('answers NoSuchBucket for a bucket that is not there, and lists the buckets', async () => {
    const none = await obs.listObjects({ Bucket: 'no-such-bucket' });
    expect(none.CommonMsg).toMatchObject({ Status: 404, Code: 'NoSuchBucket' });
    const buckets = await obs.listBuckets();
    const names = (buckets.InterfaceResult.Buckets as { BucketName: string }[]).map(
      (b) => b.BucketName,
    );
    expect(names).toEqual(expect.arrayContaining([Bucket, 'test-modelarts']));
  });

  it('shares its files with the jobs: an SDK object is a file, a written file an object', async () => {
    await obs.putObject({ Bucket, Key: 'shared/from-sdk.txt', Body: 'via the SDK' });
    const local = path.join(emu.dataDir, 'obs', Bucket, 'shared', 'from-sdk.txt');
    expect(fs.readFileSync(local, 'utf8')).toBe('via the SDK');

    writeObsFile(emu.dataDir, `obs://${Bucket}/shared/from-job.txt`, 'written by a job');
    const got = await obs.getObject({ Bucket, Key: 'shared/from-job.txt' });
    expect(String(got.InterfaceResult.Content)).toBe('written by a job');
    const list = await obs.listObjects({ Bucket, Prefix: 'shared/' });
    expect(list.InterfaceResult.Contents?.map((c) => c.Key)).toEqual([
      'shared/from-job.txt',
      'shared/from-sdk.txt',
    ]);
    // a shipped sample object of the jobs is readable too
    const sample = await obs.getObjectMetadata({
      Bucket: 'test-modelarts',
      Key: 'mnist-tensorflow-code/train_mnist_tf.py',
    });
    expect(sample.CommonMsg.Status).toBe(200);
  });

  it('pages a listing of 1,500 keys with a delimiter, marker and max-keys', async () => {
    const keys: string[] = [];
    for (let d = 0; d < 3; d++)
      for (let i = 0; i < 500; i++) keys.push(`many/dir${d}/obj-${String(i).padStart(4, '0')}`);
    for (let i = 0; i < keys.length; i += 16)
      await Promise.all(
        keys.slice(i, i + 16).map(async (Key) => {
          const r = await obs.putObject({ Bucket, Key, Body: Key });
          expect(r.CommonMsg.Status).toBe(200);
        }),
      );
    await obs.putObject({ Bucket, Key: 'many/top.txt', Body: 'top' });

    const grouped = await obs.listObjects({ Bucket, Prefix: 'many/', Delimiter: '/' });
    expect(grouped.InterfaceResult.CommonPrefixes?.map((p) => p.Prefix)).toEqual([
      'many/dir0/',
      'many/dir1/',
      'many/dir2/',
    ]);
    expect(grouped.InterfaceResult.Contents?.map((c) => c.Key)).toEqual(['many/top.txt']);

    const seen: string[] = [];
    let marker = '';
    let pages = 0;
    for (;;) {
      const page = await obs.listObjects({
        Bucket,
        Prefix: 'many/dir',
        MaxKeys: 400,
        Marker: marker,
      });
      expect(page.CommonMsg.Status).toBe(200);
      seen.push(...(page.InterfaceResult.Contents ?? []).map((c) => c.Key));
      pages++;
      if (page.InterfaceResult.IsTruncated !== 'true') break;
      marker = String(page.InterfaceResult.NextMarker);
      expect(marker).toBe(seen.at(-1));
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(keys);

    // default page: 1,000 keys, then the rest
    const first = await obs.listObjects({ Bucket, Prefix: 'many/dir' });
    expect(first.InterfaceResult.Contents).toHaveLength(1000);
    expect(first.InterfaceResult.IsTruncated).toBe('true');
  });

  it('uploads 64 MB in parts and gets the same bytes back', async () => {
    const source = path.join(tmp, 'big.bin');
    const out = fs.createWriteStream(source);
    for (let i = 0; i < 64; i++) out.write(randomBytes(1024 * 1024));
    await new Promise<void>((resolve) => out.end(resolve));
    const Key = 'big/model.bin';

    const init = await obs.initiateMultipartUpload({ Bucket, Key });
    expect(init.CommonMsg.Status).toBe(200);
    const UploadId = String(init.InterfaceResult.UploadId);
    const partSize = 20 * 1024 * 1024;
    const size = fs.statSync(source).size;
    const parts: { PartNumber: number; ETag: string }[] = [];
    for (let n = 1, offset = 0; offset < size; n++, offset += partSize) {
      const r = await obs.uploadPart({
        Bucket,
        Key,
        UploadId,
        PartNumber: n,
        SourceFile: source,
        Offset: offset,
        PartSize: Math.min(partSize, size - offset),
      });
      expect(r.CommonMsg.Status).toBe(200);
      parts.push({ PartNumber: n, ETag: String(r.InterfaceResult.ETag) });
    }
    expect(parts).toHaveLength(4);
    const done = await obs.completeMultipartUpload({ Bucket, Key, UploadId, Parts: parts });
    expect(done.CommonMsg.Status).toBe(200);
    expect(done.InterfaceResult.ETag).toMatch(/^"[0-9a-f]{32}-4"$/);

    const expected = await sha256File(source);
    expect(await sha256File(path.join(emu.dataDir, 'obs', Bucket, 'big', 'model.bin'))).toBe(
      expected,
    );
    const copy = path.join(tmp, 'copy.bin');
    const got = await obs.getObject({ Bucket, Key, SaveAsFile: copy });
    expect(got.CommonMsg.Status).toBe(200);
    expect(await sha256File(copy)).toBe(expected);
    // the upload is gone once completed
    const again = await obs.uploadPart({ Bucket, Key, UploadId, PartNumber: 1, Body: 'x' });
    expect(again.CommonMsg).toMatchObject({ Status: 404, Code: 'NoSuchUpload' });
  }, 120_000);

  it('aborts an upload and refuses a small middle part', async () => {
    const Key = 'parts/small';
    const init = await obs.initiateMultipartUpload({ Bucket, Key });
    const UploadId = String(init.InterfaceResult.UploadId);
    const p1 = await obs.uploadPart({ Bucket, Key, UploadId, PartNumber: 1, Body: 'tiny' });
    const p2 = await obs.uploadPart({ Bucket, Key, UploadId, PartNumber: 2, Body: 'tail' });
    const parts = [
      { PartNumber: 1, ETag: String(p1.InterfaceResult.ETag) },
      { PartNumber: 2, ETag: String(p2.InterfaceResult.ETag) },
    ];
    const small = await obs.completeMultipartUpload({ Bucket, Key, UploadId, Parts: parts });
    expect(small.CommonMsg).toMatchObject({ Status: 400, Code: 'EntityTooSmall' });
    const wrong = await obs.completeMultipartUpload({
      Bucket,
      Key,
      UploadId,
      Parts: [{ PartNumber: 1, ETag: '"00000000000000000000000000000000"' }],
    });
    expect(wrong.CommonMsg).toMatchObject({ Status: 400, Code: 'InvalidPart' });

    expect((await obs.abortMultipartUpload({ Bucket, Key, UploadId })).CommonMsg.Status).toBe(204);
    const after = await obs.uploadPart({ Bucket, Key, UploadId, PartNumber: 3, Body: 'late' });
    expect(after.CommonMsg).toMatchObject({ Status: 404, Code: 'NoSuchUpload' });
    expect(fs.readdirSync(path.join(emu.dataDir, 'obs-uploads'))).toEqual([]);
    expect((await obs.getObjectMetadata({ Bucket, Key })).CommonMsg.Status).toBe(404);
  });
});
