import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { demoToken, spawnEmulator, type SpawnedEmulator } from '../../testing.js';
import { obsClient } from './obs-sdk-test-support.js';

// What a restart of the emulator keeps (multipart uploads: on disk) and ends (temporary keys).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'obs-restart-'));
const running: SpawnedEmulator[] = [];
afterAll(async () => {
  for (const emu of running) await emu.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('keeps a multipart upload across a restart and ends the temporary credentials', async () => {
  const first = await spawnEmulator({ dataDir });
  running.push(first);
  const token = await demoToken(first.url);
  const issued = await fetch(`${first.url}/v3.0/OS-CREDENTIAL/securitytokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-token': token },
    body: JSON.stringify({ auth: { identity: { methods: ['token'] } } }),
  });
  const { credential } = (await issued.json()) as {
    credential: { access: string; secret: string; securitytoken: string };
  };
  const before = await obsClient(first.obsUrl);
  const Bucket = 'test-modelarts';
  const Key = 'restart/joined.bin';
  const init = await before.initiateMultipartUpload({ Bucket, Key });
  const UploadId = String(init.InterfaceResult.UploadId);
  const head = Buffer.alloc(200 * 1024, 1);
  const p1 = await before.uploadPart({ Bucket, Key, UploadId, PartNumber: 1, Body: head });
  expect(p1.CommonMsg.Status).toBe(200);
  before.close();
  await first.stop();

  const second = await spawnEmulator({ dataDir });
  running.push(second);
  const after = await obsClient(second.obsUrl);
  // ListParts: what a resumed upload skips (the part stored before the restart)
  const stored = await after.listParts({ Bucket, Key, UploadId });
  expect(stored.CommonMsg.Status).toBe(200);
  const listed = stored.InterfaceResult.Parts as {
    PartNumber: string;
    ETag: string;
    Size: string;
  }[];
  expect(listed.map((p) => [Number(p.PartNumber), p.ETag, Number(p.Size)])).toEqual([
    [1, String(p1.InterfaceResult.ETag), head.length],
  ]);
  const p2 = await after.uploadPart({ Bucket, Key, UploadId, PartNumber: 2, Body: 'tail' });
  expect(p2.CommonMsg.Status).toBe(200);
  const done = await after.completeMultipartUpload({
    Bucket,
    Key,
    UploadId,
    Parts: [
      { PartNumber: 1, ETag: String(p1.InterfaceResult.ETag) },
      { PartNumber: 2, ETag: String(p2.InterfaceResult.ETag) },
    ],
  });
  expect(done.CommonMsg.Status).toBe(200);
  const local = fs.readFileSync(path.join(dataDir, 'obs', Bucket, 'restart', 'joined.bin'));
  expect(local.equals(Buffer.concat([head, Buffer.from('tail')]))).toBe(true);

  const temp = await obsClient(second.obsUrl, {
    ak: credential.access,
    sk: credential.secret,
    token: credential.securitytoken,
  });
  const refused = await temp.listObjects({ Bucket });
  expect(refused.CommonMsg).toMatchObject({ Status: 403, Code: 'InvalidAccessKeyId' });
  for (const c of [after, temp]) c.close();
});
