import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { v1Endpoints, v2Endpoints, type Role, type SessionInfo } from '@console/shared';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../test/render.js';
import { joinVerbs, roleNeededFor, roleNote } from './permissions.js';
import { sessionKeys } from './session-query.js';
import { usePermissions } from './use-permissions.js';

const base: SessionInfo = {
  user: 'vera',
  domain: '127.0.0.1:18282',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2099-01-01T00:00:00Z',
};

function permissionsOf(role: Role | undefined, session: SessionInfo | null = base) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(
    sessionKeys.current(),
    session && (role ? { ...session, role, roles: { eu: role } } : session),
  );
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => usePermissions(), { wrapper }).result.current;
}

const CHANGES = [
  v1Endpoints.createJob,
  v1Endpoints.stopVersion,
  v1Endpoints.createVersion,
  v1Endpoints.createConfig,
  v2Endpoints.createJob,
  v2Endpoints.jobAction,
];
const DELETES = [v1Endpoints.deleteJob, v1Endpoints.deleteVersion, v2Endpoints.deleteJob];
const READS = [v1Endpoints.listJobs, v1Endpoints.getVersion, v2Endpoints.getJob];

describe('usePermissions', () => {
  it('allows everything in the personal console (no role: IAM decides)', () => {
    const p = permissionsOf(undefined);
    expect(p.role).toBeUndefined();
    for (const e of [...READS, ...CHANGES, ...DELETES]) expect(p.can(e)).toBe(true);
    expect(p.missing([[v1Endpoints.deleteJob, 'delete']])).toEqual([]);
  });

  it('lets a viewer read and search, and nothing else', () => {
    const p = permissionsOf('viewer');
    for (const e of READS) expect(p.can(e)).toBe(true);
    // v2's job search is a read sent as POST
    expect(p.can(v2Endpoints.searchJobs)).toBe(true);
    for (const e of [...CHANGES, ...DELETES]) expect(p.can(e)).toBe(false);
  });

  it('lets an operator change jobs but not delete them', () => {
    const p = permissionsOf('operator');
    for (const e of [...READS, ...CHANGES]) expect(p.can(e)).toBe(true);
    for (const e of DELETES) expect(p.can(e)).toBe(false);
  });

  it('lets an admin do everything', () => {
    const p = permissionsOf('admin');
    for (const e of [...READS, ...CHANGES, ...DELETES]) expect(p.can(e)).toBe(true);
  });

  it('names what the role may not do, each verb once, in order', () => {
    const p = permissionsOf('viewer');
    const missing = p.missing([
      [v1Endpoints.createJob, 'create'],
      [v2Endpoints.createJob, 'create'],
      [v1Endpoints.listJobs, 'list'],
      [v1Endpoints.stopVersion, 'stop'],
      [v1Endpoints.deleteJob, 'delete'],
    ]);
    expect(missing).toEqual(['create', 'stop', 'delete']);
    expect(roleNote('viewer', missing, 'jobs')).toBe(
      "Your role (viewer) can't create, stop or delete jobs — ask an admin",
    );
    expect(permissionsOf('operator').missing([[v1Endpoints.deleteJob, 'delete']])).toEqual([
      'delete',
    ]);
  });

  it('allows everything before a session is known (the route guard loads it first)', () => {
    const p = permissionsOf(undefined, null);
    expect(p.can(v1Endpoints.deleteJob)).toBe(true);
  });
});

describe('role helpers', () => {
  it('joins verbs the way people write them', () => {
    expect(joinVerbs([])).toBe('');
    expect(joinVerbs(['stop'])).toBe('stop');
    expect(joinVerbs(['stop', 'delete'])).toBe('stop or delete');
    expect(joinVerbs(['create', 'stop', 'delete'])).toBe('create, stop or delete');
  });

  it('reads the role each endpoint needs from the contracts', () => {
    expect(roleNeededFor(v1Endpoints.listJobs)).toBe('viewer');
    expect(roleNeededFor(v1Endpoints.createJob)).toBe('operator');
    expect(roleNeededFor(v1Endpoints.deleteJob)).toBe('admin');
    expect(roleNeededFor(v2Endpoints.searchJobs)).toBe('viewer');
  });
});
