import { findSpecById, poolOf, type SpecDef } from './catalog.js';

/** A resource pool a config may name with `pool_id`; jobs in it run on `spec_id`'s resources. */
export interface PoolDef {
  pool_id: string;
  pool_name: string;
  pool_type: 'USER_DEFINED' | 'SYSTEM_DEFINED';
  spec_id: number;
}

/** Every pool id the documents use: dedicated pools of the samples, and the public pools. */
export const POOLS: readonly PoolDef[] = [
  // config-details sample (catalog §3.15c)
  { pool_id: 'pool9928813f', pool_name: 'pnt1', pool_type: 'USER_DEFINED', spec_id: 40 },
  // create-version sample (historical create-version page)
  { pool_id: 'test-pool', pool_name: 'test-pool', pool_type: 'USER_DEFINED', spec_id: 1 },
  // create-job samples (historical create-job page: "testpool", without the hyphen)
  { pool_id: 'testpool', pool_name: 'testpool', pool_type: 'USER_DEFINED', spec_id: 1 },
  // public pools (seed 004 shows pool7d1e384a / hec-train-pub-cpu)
  {
    pool_id: 'pool7d1e384a',
    pool_name: 'hec-train-pub-cpu',
    pool_type: 'SYSTEM_DEFINED',
    spec_id: 27,
  },
  {
    pool_id: 'pool3b9c0d1e',
    pool_name: 'hec-train-pub-gpu',
    pool_type: 'SYSTEM_DEFINED',
    spec_id: 40,
  },
];

export const findPool = (id: string) => POOLS.find((p) => p.pool_id === id);

/** The pool a version runs in: the one it named, else the public pool of its spec. */
export function poolFor(
  poolId: string | undefined,
  spec: SpecDef | undefined,
): { pool_id: string; pool_name: string; pool_type: string } {
  const named = poolId === undefined ? undefined : findPool(poolId);
  if (named) return named;
  return { ...poolOf(spec), pool_type: 'SYSTEM_DEFINED' };
}

export const poolSpec = (pool: PoolDef) => findSpecById(pool.spec_id);
