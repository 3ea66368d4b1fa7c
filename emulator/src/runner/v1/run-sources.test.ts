import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, waitDead, type TestClient } from '../../test-client.js';
import { spawnEmulator, writeObsFile, type SpawnedEmulator } from '../../testing.js';
import { seed002DatasetBody, seed002ImageBody, seed002VolumeBody } from '@console/shared/fixtures';

let emu: SpawnedEmulator;
let c: TestClient;
beforeAll(async () => {
  emu = await spawnEmulator();
  c = await connect(emu);
});
afterAll(async () => emu.stop());

const done = (s: number) => s >= 10;
async function run(body: unknown): Promise<{ jobId: number; versionId: number }> {
  const created = await c.send('POST', '/training-jobs', body);
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return { jobId: Number(created.body.job_id), versionId: Number(created.body.version_id) };
}
async function logOf(jobId: number, versionId: number): Promise<string> {
  const names = await c.get(`/training-jobs/${jobId}/versions/${versionId}/log/file-names`);
  const file = (names.body.log_file_list as string[])[0];
  const res = await c.get(
    `/training-jobs/${jobId}/versions/${versionId}/aom-log?log_file=${file}&lines=500`,
  );
  return String(res.body.content);
}
async function finalStatus(jobId: number, versionId: number): Promise<number> {
  return (await c.waitStatus(jobId, versionId, done, 30_000)).at(-1)!;
}
const obs = (p: string) => path.join(emu.dataDir, 'obs', p);

describe('seed 002 samples run as written', () => {
  it('dataset input: the dataset version folder is the data_url, logs land in log_url', async () => {
    const { jobId, versionId } = await run(seed002DatasetBody);
    expect(await finalStatus(jobId, versionId)).toBe(10);
    const text = await logOf(jobId, versionId);
    expect(text).toMatch(
      /data_url=\S+modelarts-datasets\/38277e62-9e59-48f4-8d89-c8cf41622c24\/2ff0d6ba-c480-45ae-be41-09a8369bfc90\//,
    );
    expect(text).toContain('learning_rate=0.01 batch_size=32');
    const exported = fs.readFileSync(obs('usr/log/job-testmodelartsjob.0'), 'utf8');
    expect(exported).toContain('[ModelArts Service Log]Training completed.');

    // a new version from it runs again with the new config (§3.5)
    const v2 = await c.send('POST', `/training-jobs/${jobId}/versions`, {
      config: {
        ...seed002DatasetBody.config,
        pre_version_id: versionId,
        parameter: [
          { label: 'learning_rate', value: '0.7' },
          { label: 'max_steps', value: '2' },
        ],
      },
    });
    expect(v2.body).toMatchObject({ version_name: 'V0002', status: 1 });
    const v2Id = Number(v2.body.version_id);
    expect(await finalStatus(jobId, v2Id)).toBe(10);
    expect(await logOf(jobId, v2Id)).toContain('learning_rate=0.7');
  });

  it('custom image: user_command runs in the work folder, parameters become env vars', async () => {
    const { jobId, versionId } = await run(seed002ImageBody);
    expect(await finalStatus(jobId, versionId)).toBe(10);
    const text = await logOf(jobId, versionId);
    expect(text).toContain('[image 100.125.5.235:20202/jobmng/custom-cpu-base:1.0]');
    expect(text).toContain('[run_train.sh] image: 100.125.5.235:20202/jobmng/custom-cpu-base:1.0');
    expect(text).toMatch(
      /mnist_softmax: data_url=\S+user-job-dir\/app\/mnist_data CUSTOM_PARAM1=1/,
    );
    expect(text).toMatch(/test accuracy=0\.\d+/);
    const details = await c.get(`/training-jobs/${jobId}/versions/${versionId}`);
    expect(details.body).toMatchObject({
      user_image_url: seed002ImageBody.config.user_image_url,
    });
  });

  it('volumes: nfs and host_path are folders the job writes through its links and env', async () => {
    writeObsFile(
      emu.dataDir,
      '/vol-code/write.py',
      [
        'import os',
        'print("VOLUMES", os.environ["MA_VOLUMES"])',
        'open(os.path.join(os.environ["MA_VOLUME_1"], "from-job.txt"), "w").write("hello host")',
        'open(os.path.join("nas", "nas.txt"), "w").write("hello nfs")',
        'try:',
        '    open(os.path.join("ro", "x.txt"), "w").write("no")',
        '    print("READ_ONLY_WRITE went to the private copy")',
        'except OSError as e:',
        '    print("READ_ONLY_WRITE refused", e.errno)',
      ].join('\n'),
    );
    const { jobId, versionId } = await run({
      ...seed002VolumeBody,
      job_name: 'volume_job',
      config: {
        ...seed002VolumeBody.config,
        app_url: '/vol-code/',
        boot_file_url: '/vol-code/write.py',
        volumes: [
          ...seed002VolumeBody.config.volumes,
          { host_path: { src_path: '/root/shared', dest_path: '/home/ro', read_only: true } },
        ],
      },
    });
    expect(await finalStatus(jobId, versionId)).toBe(10);
    const text = await logOf(jobId, versionId);
    expect(text).toMatch(
      /VOLUMES \/home\/work\/nas=\S+\/nas;\/home\/mind=\S+\/mind;\/home\/ro=\S+\/ro/,
    );
    expect(text).toContain('READ_ONLY_WRITE');
    const where = await fetch(`${emu.url}/__control/volumes/host?src_path=/root/work`);
    const hostDir = ((await where.json()) as { path: string }).path;
    expect(fs.readFileSync(path.join(hostDir, 'from-job.txt'), 'utf8')).toBe('hello host');
    const nfs = await fetch(
      `${emu.url}/__control/volumes/nfs?id=43b37236-9afa-4855-8174-32254b9562e7&src_path=192.168.8.150:/`,
    );
    const nfsDir = ((await nfs.json()) as { path: string }).path;
    expect(fs.readFileSync(path.join(nfsDir, 'nas.txt'), 'utf8')).toBe('hello nfs');
    const roDir = path.join(emu.dataDir, 'volumes/host/root/shared');
    expect(fs.existsSync(path.join(roDir, 'x.txt'))).toBe(false);
  });
});

describe('built-in algorithms run their shipped script', () => {
  it('model_id 2 (k-means) runs with its defaults under the job parameters', async () => {
    const { jobId, versionId } = await run({
      job_name: 'kmeans_job',
      config: {
        worker_server_num: 1,
        model_id: 2,
        parameter: [{ label: 'max_iterations', value: '2' }],
        data_url: '/test-modelarts/dataset-mnist/',
        train_url: '/kmeans/out/',
        spec_id: 1,
      },
    });
    expect(await finalStatus(jobId, versionId)).toBe(10);
    const text = await logOf(jobId, versionId);
    expect(text).toContain('built-in algorithm KMeans_Clustering');
    expect(text).toContain('--num_clusters=10 --max_iterations=2 --seed=7');
    expect(text).toContain('iteration 2/2');
    const model = JSON.parse(fs.readFileSync(obs('kmeans/out/model.json'), 'utf8'));
    expect(model.centres).toHaveLength(10);
    const details = await c.get(`/training-jobs/${jobId}/versions/${versionId}`);
    expect(details.body).toMatchObject({ model_id: 2, engine_id: 100, app_url: null });
  });

  it('model_id 1 (softmax) on a dataset version', async () => {
    const { jobId, versionId } = await run({
      job_name: 'softmax_job',
      config: {
        worker_server_num: 1,
        model_id: 1,
        parameter: [
          { label: 'max_steps', value: '3' },
          { label: 'step_seconds', value: '0' },
        ],
        dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
        dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
        spec_id: 1,
      },
    });
    expect(await finalStatus(jobId, versionId)).toBe(10);
    const text = await logOf(jobId, versionId);
    expect(text).toContain('loaded 1500 images');
    expect(text).toContain('step 3/3');
  });
});

describe('delete a running version (§3.6)', () => {
  it('kills its process group and removes it; the job keeps its other versions', async () => {
    writeObsFile(
      emu.dataDir,
      '/sleeper/sleep.py',
      'import os, subprocess, time\nchild = subprocess.Popen(["sleep", "120"])\nprint("PIDS", os.getpid(), child.pid, flush=True)\ntime.sleep(120)\n',
    );
    const body = {
      ...seed002DatasetBody,
      job_name: 'delete_version',
      config: {
        ...seed002DatasetBody.config,
        app_url: '/sleeper/',
        boot_file_url: '/sleeper/sleep.py',
      },
    };
    const { jobId, versionId } = await run(body);
    let pids: number[] = [];
    for (let i = 0; i < 100 && pids.length === 0; i++) {
      const m = (await logOf(jobId, versionId)).match(/PIDS (\d+) (\d+)/);
      if (m) pids = [Number(m[1]), Number(m[2])];
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(pids).toHaveLength(2);
    // log_url gets the log while the job still runs (copied on each metrics tick)
    // (the file may already exist from a tick before the line was printed: wait for the line itself)
    const live = obs('usr/log/job-delete-version.0');
    const copied = () => fs.existsSync(live) && fs.readFileSync(live, 'utf8').includes('PIDS');
    for (let i = 0; i < 100 && !copied(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.readFileSync(live, 'utf8')).toContain('PIDS');
    const del = await c.send('DELETE', `/training-jobs/${jobId}/versions/${versionId}`);
    expect(del.body).toEqual({ is_success: true });
    expect(await waitDead(pids, 2000)).toEqual([]);
    const versions = await c.get(`/training-jobs/${jobId}/versions`);
    expect(versions.body.version_count).toBe(0);
  });
});
