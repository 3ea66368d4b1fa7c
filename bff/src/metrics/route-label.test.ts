import { describe, expect, it } from 'vitest';
import { V1_ALLOW_LIST } from '../services/v1-allow-list.js';
import { V2_ALLOW_LIST } from '../services/v2-allow-list.js';
import { allowListTemplate, routeLabeler } from './route-label.js';

const label = routeLabeler([
  { mount: '/api/v1', allowList: V1_ALLOW_LIST },
  { mount: '/api/v2', allowList: V2_ALLOW_LIST },
]);

describe('route labels', () => {
  it('turns every allow-list entry into a readable, unambiguous template without regex syntax', () => {
    for (const list of [V1_ALLOW_LIST, V2_ALLOW_LIST]) {
      const templates = list.map((r) => `${r.method} ${allowListTemplate(r)}`);
      expect(new Set(templates).size).toBe(templates.length);
      for (const t of templates) expect(t).toMatch(/^[A-Z]+ [a-z0-9-]+(\/([a-z0-9-]+|:id))*$/);
    }
    expect(allowListTemplate(V1_ALLOW_LIST.find((r) => r.ref === '3.5')!)).toBe(
      'training-jobs/:id/versions',
    );
  });

  it('labels proxied calls by their allow-list entry, never with the ids of the path', () => {
    expect(label('GET', '/api/v1/training-jobs/123456/versions/789', undefined)).toBe(
      '/api/v1/training-jobs/:id/versions/:id',
    );
    expect(
      label('HEAD', '/api/v2/training-jobs/job-abc/tasks/worker-0/logs/preview', undefined),
    ).toBe('/api/v2/training-jobs/:id/tasks/:id/logs/preview');
    expect(label('POST', '/api/v1/training-jobs/1/versions/', undefined)).toBe(
      '/api/v1/training-jobs/:id/versions',
    );
  });

  it('labels unlisted proxy paths, unknown /api paths and web paths by area', () => {
    expect(label('GET', '/api/v1/secret-admin/42', undefined)).toBe('/api/v1/*');
    expect(label('DELETE', '/api/v2/algorithms', undefined)).toBe('/api/v2/*');
    expect(label('GET', '/api/nope/42', undefined)).toBe('/api/*');
    expect(label('GET', '/jobs/42', undefined)).toBe('/*');
    expect(label('GET', '/api/logs/v1/1/2', '/api/logs/v1/:jobId/:versionId')).toBe(
      '/api/logs/v1/:jobId/:versionId',
    );
  });
});
