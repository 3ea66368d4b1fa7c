import type { StateStore } from './state-store.js';
import type { EmulatorState } from './types.js';
import type { V2AlgorithmRecord, V2JobRecord, V2State } from './v2-types.js';

/** v2 records live under `state.v2` of the shared state file (unknown keys survive a reload). */
export class V2Store {
  constructor(readonly store: StateStore) {}

  get state(): V2State {
    const s = this.store.state as EmulatorState & { v2?: V2State };
    s.v2 ??= { jobs: [], algorithms: [], seeded_projects: [] };
    s.v2.seeded_projects ??= [];
    return s.v2;
  }

  changed(): void {
    this.store.changed();
  }

  jobsOf(projectId: string): V2JobRecord[] {
    return this.state.jobs.filter((j) => j.project_id === projectId);
  }

  findJob(projectId: string, id: string): V2JobRecord | undefined {
    return this.state.jobs.find((j) => j.project_id === projectId && j.id === id);
  }

  addJob(job: V2JobRecord): void {
    this.state.jobs.push(job);
    this.changed();
  }

  removeJob(id: string): void {
    this.state.jobs = this.state.jobs.filter((j) => j.id !== id);
    this.changed();
  }

  algorithmsOf(projectId: string): V2AlgorithmRecord[] {
    return this.state.algorithms.filter((a) => a.project_id === projectId);
  }

  findAlgorithm(projectId: string, id: string): V2AlgorithmRecord | undefined {
    return this.state.algorithms.find((a) => a.project_id === projectId && a.id === id);
  }

  addAlgorithm(a: V2AlgorithmRecord): void {
    this.state.algorithms.push(a);
    this.changed();
  }

  removeAlgorithm(id: string): void {
    this.state.algorithms = this.state.algorithms.filter((a) => a.id !== id);
    this.changed();
  }
}
