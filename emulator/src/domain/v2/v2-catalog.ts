import type { TrainingEngine, TrainingFlavor } from '@console/shared';
import { SPECS } from '../v1/catalog.js';

const cpu = (id: string, cores: number, mem: number, maxNum: number): TrainingFlavor => ({
  flavor_id: id,
  flavor_name: `Computing CPU(${cores}U) instance`,
  max_num: maxNum,
  flavor_type: 'CPU',
  billing: { code: id, unit_num: 1 },
  flavor_info: {
    max_num: maxNum,
    cpu: { arch: 'x86', core_num: cores },
    memory: { size: mem, unit: 'GB' },
    disk: { size: 50, unit: 'GB' },
  },
  attributes: {},
});

const gpu = (
  id: string,
  name: string,
  billing: string,
  cards: number,
  maxNum: number,
  attributes: Record<string, string> = {},
  product = 'GP-Vnt1',
): TrainingFlavor => ({
  flavor_id: id,
  flavor_name: name,
  max_num: maxNum,
  flavor_type: 'GPU',
  billing: { code: billing, unit_num: 1 },
  flavor_info: {
    max_num: maxNum,
    cpu: { arch: 'x86', core_num: 8 * cards },
    gpu: { unit_num: cards, product_name: product, memory: '32GB' },
    memory: { size: 64 * cards, unit: 'GB' },
    disk: { size: 500, unit: 'GB' },
  },
  attributes,
});

const pool = { pool_only: 'true' };

/** Flavors of `GET training-job-flavors` (catalog §4.12), including every id of the seed-003 samples. */
export const V2_FLAVORS: readonly TrainingFlavor[] = [
  cpu('modelarts.vm.cpu.2u', 2, 8, 1),
  cpu('modelarts.vm.cpu.4u', 4, 16, 4),
  cpu('modelarts.vm.cpu.8u', 8, 32, 16),
  gpu(
    'modelarts.p3.large.public.free',
    'Computing GPU(Vnt1) instance',
    'modelarts.vm.gpu.free',
    1,
    1,
  ),
  gpu(
    'modelarts.vm.pnt1.large.eco',
    'Computing GPU(Pnt1) instance',
    'modelarts.vm.gpu.pnt1.eco',
    1,
    1,
  ),
  // always sold out, as the v1 spec of the same code (no_resource): clients show and test ModelArts.3976
  gpu(
    'modelarts.vm.gpu.v100',
    'Computing GPU(V100) instance',
    'modelarts.vm.gpu.v100',
    1,
    1,
    {},
    'NVIDIA-V100',
  ),
  gpu(
    'modelarts.pool.visual.xlarge',
    'Dedicated pool GPU (1 card)',
    'modelarts.pool.visual.xlarge',
    1,
    8,
    pool,
  ),
  gpu(
    'modelarts.pool.visual.2xlarge',
    'Dedicated pool GPU (2 cards)',
    'modelarts.pool.visual.2xlarge',
    2,
    8,
    pool,
  ),
  gpu(
    'modelarts.pool.visual.4xlarge',
    'Dedicated pool GPU (4 cards)',
    'modelarts.pool.visual.4xlarge',
    4,
    8,
    pool,
  ),
  gpu(
    'modelarts.pool.visual.8xlarge',
    'Dedicated pool GPU (8 cards)',
    'modelarts.pool.visual.8xlarge',
    8,
    8,
    pool,
  ),
];

export const findFlavor = (id: string) => V2_FLAVORS.find((f) => f.flavor_id === id);

/**
 * Whether the public pool has no resources for the flavor now. The v2 flavor list says nothing of
 * it (§4.12); the v1 resource specs of the same pool do (`no_resource`, §3.13), under the same codes.
 */
export const isSoldOut = (f: TrainingFlavor): boolean =>
  SPECS.some(
    (s) => s.no_resource && (s.spec_code === f.flavor_id || s.spec_code === f.billing?.code),
  );

/** Dedicated pools the emulator knows (the seed-003 custom-image sample uses poolfaf38d76). */
export const V2_POOLS: ReadonlyMap<string, { flavor: string }> = new Map([
  ['poolfaf38d76', { flavor: 'modelarts.pool.visual.xlarge' }],
  ['pool9928813f', { flavor: 'modelarts.pool.visual.xlarge' }],
]);

const engine = (
  engine_id: string,
  engine_name: string,
  engine_version: string,
  tags: Array<{ key: string; value: string }> = [],
): TrainingEngine => ({
  engine_id,
  engine_name,
  engine_version,
  v1_compatible: false,
  run_user: '1000',
  image_info: {
    cpu_image_url: `atelier/${engine_id}:cpu`,
    gpu_image_url: `atelier/${engine_id}:gpu`,
    image_version: engine_version,
  },
  tags,
});

const autoSearch = [{ key: 'auto_search', value: 'True' }];

/** Preset engines of `GET training-job-engines` (catalog §4.13); every one runs python3 here. */
export const V2_ENGINES: readonly TrainingEngine[] = [
  engine(
    'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64',
    'PyTorch',
    'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64',
    autoSearch,
  ),
  engine(
    'tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64',
    'TensorFlow',
    'tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64',
    autoSearch,
  ),
  engine('horovod-cp36-tf-1.16.2', 'Horovod', '0.16.2-TF-1.13.1-python3.6'),
  engine(
    'horovod_0.20.0-tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64',
    'Horovod',
    'horovod_0.20.0-tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64',
  ),
  engine(
    'mindspore_1.3.0-cuda_10.1-py_3.7-ubuntu_1804-x86_64',
    'MindSpore-GPU',
    'mindspore_1.3.0-cuda_10.1-py_3.7-ubuntu_1804-x86_64',
  ),
  engine('caffe-1.0.0-python2.7', 'Caffe', '1.0.0-python2.7'),
  engine('xgboost-sklearn-python3.6', 'XGBoost-Sklearn', 'xgboost-sklearn-python3.6'),
];

export function findEngine(e: {
  engine_id?: string | undefined;
  engine_name?: string | undefined;
  engine_version?: string | undefined;
}): TrainingEngine | undefined {
  if (e.engine_id) return V2_ENGINES.find((x) => x.engine_id === e.engine_id);
  return V2_ENGINES.find(
    (x) =>
      x.engine_name.toLowerCase() === e.engine_name?.toLowerCase() &&
      x.engine_version === e.engine_version,
  );
}
