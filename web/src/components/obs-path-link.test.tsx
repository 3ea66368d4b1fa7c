import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render.js';
import { ObsPathLink } from './obs-path-link.js';

describe('ObsPathLink', () => {
  it('opens an output folder in the file browser, obs:// paths too', async () => {
    renderRoute(
      <>
        <ObsPathLink path="/bucket/out/" />
        <ObsPathLink path="obs://bucket/logs/" />
      </>,
    );
    expect(await screen.findByRole('link', { name: '/bucket/out/' })).toHaveAttribute(
      'href',
      '/obs?path=%2Fbucket%2Fout%2F',
    );
    expect(screen.getByRole('link', { name: 'obs://bucket/logs/' })).toHaveAttribute(
      'href',
      '/obs?path=%2Fbucket%2Flogs%2F',
    );
  });

  it('shows what is no OBS path as plain text, and a dash for none', async () => {
    renderRoute(
      <>
        <ObsPathLink path="/x/../etc/" />
        <ObsPathLink path={null} />
      </>,
    );
    expect(await screen.findByText('/x/../etc/')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
