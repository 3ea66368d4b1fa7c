/** Resource specs (catalog §3.13) and engines (§3.14) the emulator offers; seed-004 values first. */
export interface SpecDef {
  spec_id: number;
  core: string;
  cpu: string;
  gpu_num: number;
  gpu_type: string;
  spec_code: string;
  unit_num: number;
  max_num: number;
  storage: string;
  interface_type: number;
  no_resource: boolean;
}

export interface EngineDef {
  engine_type: number;
  engine_name: string;
  engine_id: number;
  engine_version: string;
}

const cpuSpec = (
  spec_id: number,
  code: string,
  core: string,
  cpu: string,
  max_num = 1,
): SpecDef => ({
  spec_id,
  core,
  cpu,
  gpu_num: 0,
  gpu_type: '',
  spec_code: code,
  unit_num: 1,
  max_num,
  storage: '',
  interface_type: 1,
  no_resource: false,
});

export const SPECS: readonly SpecDef[] = [
  cpuSpec(1, 'modelarts.vm.cpu.4u', '4', '16'),
  cpuSpec(7, 'modelarts.vm.cpu.2u', '2', '8'),
  cpuSpec(27, 'modelarts.vm.cpu.8u', '8', '32'),
  cpuSpec(29, 'modelarts.vm.cpu.8u.multi', '8', '32', 4),
  {
    spec_id: 40,
    core: '8',
    cpu: '64',
    gpu_num: 1,
    gpu_type: 'P100',
    spec_code: 'modelarts.vm.gpu.p100',
    unit_num: 1,
    max_num: 1,
    storage: '800GB',
    interface_type: 1,
    // seeds 000/001 train on it: available (the emulator runs GPU jobs on the CPU)
    no_resource: false,
  },
  {
    spec_id: 41,
    core: '8',
    cpu: '64',
    gpu_num: 1,
    gpu_type: 'V100',
    spec_code: 'modelarts.vm.gpu.v100',
    unit_num: 1,
    max_num: 1,
    storage: '800GB',
    interface_type: 1,
    // always sold out, so clients can show and test ModelArts.3976
    no_resource: true,
  },
];

export const ENGINES: readonly EngineDef[] = [
  {
    engine_type: 13,
    engine_name: 'Ascend-Powered-Engine',
    engine_id: 130,
    engine_version: 'TF-1.15-python3.7-aarch64',
  },
  { engine_type: 1, engine_name: 'TensorFlow', engine_id: 1, engine_version: 'TF-1.4.0-python2.7' },
  { engine_type: 1, engine_name: 'TensorFlow', engine_id: 3, engine_version: 'TF-1.8.0-python2.7' },
  { engine_type: 1, engine_name: 'TensorFlow', engine_id: 4, engine_version: 'TF-1.8.0-python3.6' },
  {
    engine_type: 10,
    engine_name: 'PyTorch',
    engine_id: 41,
    engine_version: 'PyTorch-1.0.0-python3.6',
  },
  {
    engine_type: 9,
    engine_name: 'XGBoost-Sklearn',
    engine_id: 100,
    engine_version: 'XGBoost-0.80-Sklearn-0.18.1-python3.6',
  },
];

export const DEFAULT_ENGINE_ID = 1;

export const findSpecById = (id: number) => SPECS.find((s) => s.spec_id === id);
export const findSpecByCode = (code: string) => SPECS.find((s) => s.spec_code === code);
export const findEngine = (id: number) => ENGINES.find((e) => e.engine_id === id);

/** Public pool an emulated job "runs" in (seed 004 shows pool7d1e384a / hec-train-pub-cpu). */
export function poolOf(spec: SpecDef | undefined): { pool_id: string; pool_name: string } {
  return spec && spec.gpu_num > 0
    ? { pool_id: 'pool3b9c0d1e', pool_name: 'hec-train-pub-gpu' }
    : { pool_id: 'pool7d1e384a', pool_name: 'hec-train-pub-cpu' };
}

/** `TF-1.8.0-python3.6` → `1.8.0-cp36` (seed 004's pod_version); null when the version has no such shape. */
export function podVersion(engine: EngineDef | undefined): string | null {
  const m = engine?.engine_version.match(/-(\d+(?:\.\d+)+)-python(\d)\.(\d+)/);
  return m ? `${m[1]}-cp${m[2]}${m[3]}` : null;
}
