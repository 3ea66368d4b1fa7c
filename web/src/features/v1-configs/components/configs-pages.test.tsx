import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGINES_RESPONSE, SPECS_RESPONSE } from '../../../test/fixtures.js';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { ConfigsPage } from './configs-page.js';

function stub(routes: Parameters<typeof jsonFetch>[0]) {
  const fetchMock = vi.fn(
    jsonFetch({
      'GET /api/v1/job/resource-specs': { body: SPECS_RESPONSE },
      'GET /api/v1/job/ai-engines': { body: ENGINES_RESPONSE },
      ...routes,
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('configurations', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists configurations with a page per 10 and links to create a job from one', async () => {
    const fetchMock = stub({
      'GET /api/v1/training-job-configs': {
        body: {
          is_success: true,
          config_total_count: 12,
          configs: [
            { config_name: 'my_job_config', config_desc: 'my job config', engine_name: 'PyTorch' },
          ],
        },
      },
    });
    renderRoute(<ConfigsPage />, { path: '/configs?page=2', route: '/configs' });
    const table = await screen.findByRole('table', { name: 'Configurations' });
    expect(within(table).getByRole('link', { name: 'my_job_config' })).toHaveAttribute(
      'href',
      '/configs/my_job_config',
    );
    expect(
      within(table).getByRole('link', { name: 'Create job from my_job_config' }),
    ).toHaveAttribute('href', '/jobs/create?config=my_job_config');
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain('page=2');
    expect(screen.getByRole('button', { name: '2' })).toHaveAttribute('aria-current', 'page');
  });
});
