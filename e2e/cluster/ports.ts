import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Ports of the cluster e2e stack, 18380-18389 (apart from the other e2e configs: never a clash). */
export const CLUSTER_PORT = 18380; // nginx, what the browser uses
export const CLUSTER_REDIS_PORT = 18381;
export const CLUSTER_EMULATOR_PORT = 18382;
export const CLUSTER_REPLICA_PORTS = [18383, 18384] as const;
export const CLUSTER_ORIGIN = `http://127.0.0.1:${CLUSTER_PORT}`;
export const CLUSTER_EMULATOR_URL = `http://127.0.0.1:${CLUSTER_EMULATOR_PORT}`;
/** Where run-cluster.ts writes the replicas' ports and pids (rewritten when one starts again). */
export const CLUSTER_STATE_FILE = join(tmpdir(), `modelarts-e2e-cluster-${CLUSTER_PORT}.json`);
