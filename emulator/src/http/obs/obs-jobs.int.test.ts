import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../../test-client.js';
import { spawnEmulator, type SpawnedEmulator } from '../../testing.js';
import { obsClient, type ObsSdkClient } from './obs-sdk-test-support.js';

// A training job reads what the OBS SDK put and writes what the OBS SDK then lists and gets.
let emu: SpawnedEmulator;
let c: TestClient;
let obs: ObsSdkClient;
const Bucket = 'obs-jobs';

beforeAll(async () => {
  emu = await spawnEmulator();
  c = await connect(emu);
  obs = await obsClient(emu.obsUrl);
  await obs.createBucket({ Bucket });
});
afterAll(async () => {
  obs?.close();
  await emu?.stop();
});

const TRAIN = [
  'import argparse, os',
  'p = argparse.ArgumentParser()',
  'p.add_argument("--data_url"); p.add_argument("--train_url")',
  'a, _ = p.parse_known_args()',
  'rows = open(os.path.join(a.data_url, "rows.csv")).read().split()',
  'os.makedirs(os.path.join(a.train_url, "model"), exist_ok=True)',
  'open(os.path.join(a.train_url, "model", "weights.txt"), "w").write("rows=%d" % len(rows))',
  'open(os.path.join(a.train_url, "metrics.json"), "w").write("{}")',
].join('\n');

describe('the OBS service and training jobs share one object store', () => {
  it('runs code and data put by the SDK, and its output is listable by the SDK', async () => {
    expect(
      (await obs.putObject({ Bucket, Key: 'code/train.py', Body: TRAIN })).CommonMsg.Status,
    ).toBe(200);
    await obs.putObject({ Bucket, Key: 'data/rows.csv', Body: 'a\nb\nc\n' });

    const created = await c.send('POST', '/training-jobs', {
      job_name: 'obs_sdk_job',
      config: {
        worker_server_num: 1,
        app_url: `/${Bucket}/code/`,
        boot_file_url: `obs://${Bucket}/code/train.py`,
        data_url: `/${Bucket}/data/`,
        train_url: `/${Bucket}/out/`,
        spec_id: 1,
        engine_id: 1,
        parameter: [],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const statuses = await c.waitStatus(
      Number(created.body.job_id),
      Number(created.body.version_id),
      (s) => s >= 10,
      30_000,
    );
    expect(statuses.at(-1)).toBe(10);

    const out = await obs.listObjects({ Bucket, Prefix: 'out/', Delimiter: '/' });
    expect(out.InterfaceResult.Contents?.map((o) => o.Key)).toEqual(['out/metrics.json']);
    expect(out.InterfaceResult.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['out/model/']);
    const weights = await obs.getObject({ Bucket, Key: 'out/model/weights.txt' });
    expect(String(weights.InterfaceResult.Content)).toBe('rows=3');
  });
});
