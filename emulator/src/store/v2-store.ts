import type { StateStore } from './state-store.js';
import type { EmulatorState } from './types.js';
import type { V2AlgorithmRecord, V2JobRecord, V2State } from './v2-types.js';

/**
 * v2 records live under `state.v2` of the shared state (jobs one file each, algorithms and the
 * seeded projects in meta.json; unknown keys survive a reload).
 */
export class V2Store {
  constructor(readonly store: StateStore) {}

  get state(): V2State {
    const s = this.store.state as EmulatorState & { v2?: V2State };
    s.v2 ??= { jobs: [], algorithms: [], seeded_projects: [] };
    s.v2.seeded_projects ??= [];
    return s.v2;
  }

  /** A job was changed: only its record is written. */
  jobChanged(job: V2JobRecord): void {
    this.store.v2JobChanged(job);
  }

  /** Algorithms or seeded projects changed. */
  metaChanged(): void {
    this.store.metaChanged();
  }

  jobsOf(projectId: string): V2JobRecord[] {
    return this.state.jobs.filter((j) => j.project_id === projectId);
  }

  findJob(projectId: string, id: string): V2JobRecord | undefined {
    return this.state.jobs.find((j) => j.project_id === projectId && j.id === id);
  }

  addJob(job: V2JobRecord): void {
    this.state.jobs.push(job);
    this.jobChanged(job);
  }

  removeJob(id: string): void {
    this.state.jobs = this.state.jobs.filter((j) => j.id !== id);
    this.store.recordChanged('v2', id, null);
  }

  algorithmsOf(projectId: string): V2AlgorithmRecord[] {
    return this.state.algorithms.filter((a) => a.project_id === projectId);
  }

  findAlgorithm(projectId: string, id: string): V2AlgorithmRecord | undefined {
    return this.state.algorithms.find((a) => a.project_id === projectId && a.id === id);
  }

  addAlgorithm(a: V2AlgorithmRecord): void {
    this.state.algorithms.push(a);
    this.metaChanged();
  }

  removeAlgorithm(id: string): void {
    this.state.algorithms = this.state.algorithms.filter((a) => a.id !== id);
    this.metaChanged();
  }
}
