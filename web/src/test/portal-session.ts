import type { Guardrails, Role, SessionInfo } from '@console/shared';

/** A team-portal session as GET /api/session answers it (tests put it in the query cache). */
export function portalSession(
  role: Role,
  extra: { user?: string; guardrails?: Guardrails; roles?: Record<string, Role> } = {},
): SessionInfo {
  return {
    user: extra.user ?? 'otto',
    domain: 'idp',
    project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
    expiresAt: '2099-01-01T00:00:00Z',
    role,
    roles: extra.roles ?? { 'eu-de': role },
    ...(extra.guardrails ? { guardrails: extra.guardrails } : {}),
  };
}

/** The operator guardrails the form tests use. */
export const OPERATOR_GUARDRAILS: Guardrails = {
  flavors: ['modelarts.vm.cpu.8u', 'modelarts.vm.cpu.2u'],
  max_nodes: 2,
  max_running_per_user: 3,
  auto_stop_max_hours: 24,
  obs_prefixes: { code: ['/team/code/'], data: ['/team/data/'], outputs: ['/team/out/'] },
};
