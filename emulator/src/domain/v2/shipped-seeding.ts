import type { V2Store } from '../../store/v2-store.js';
import { SHIPPED_ALGORITHMS } from './v2-shipped-algorithms.js';

/** Adds the shipped algorithms to a project the first time it is used (once per project). */
export function ensureShippedAlgorithms(v2: V2Store, projectId: string): void {
  const state = v2.state;
  if (state.seeded_projects.includes(projectId)) return;
  state.seeded_projects.push(projectId);
  const now = Date.now();
  for (const a of SHIPPED_ALGORITHMS) {
    if (v2.findAlgorithm(projectId, a.id)) continue;
    v2.addAlgorithm({
      id: a.id,
      project_id: projectId,
      user_name: 'modelarts',
      domain_id: '',
      create_time: now,
      update_time: now,
      shipped: true,
      body: a.body,
    });
  }
  v2.metaChanged();
}
