import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../test/render.js';
import { EventsTimeline } from './events-timeline.js';

const LEVELS = ['Info', 'Info', 'Warning', 'Info', 'Error'] as const;
/** 250 events; the fake server pages and filters like the events API. */
const ALL = Array.from({ length: 250 }, (_, i) => ({
  time: new Date(Date.UTC(2026, 10, 23, 13, 0, i)).toISOString(),
  level: LEVELS[i % LEVELS.length] ?? 'Info',
  message: `event ${i + 1}`,
  source: 'Job',
}));

function fakeEventsApi() {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const level = url.searchParams.get('level');
    const offset = Number(url.searchParams.get('offset'));
    const limit = Number(url.searchParams.get('limit'));
    const matching = ALL.filter((e) => !level || e.level === level);
    const body = { total: matching.length, events: matching.slice(offset, offset + limit) };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
}

describe('EventsTimeline', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pages through every event, 100 at a time, oldest first', async () => {
    const fetch = fakeEventsApi();
    vi.stubGlobal('fetch', fetch);
    renderRoute(<EventsTimeline jobId="job-1" live={false} />, { path: '/' });
    expect(await screen.findByText('event 1')).toBeInTheDocument();
    expect(screen.queryByText('event 101')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more (100 of 250)' }));
    expect(await screen.findByText('event 200')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more (200 of 250)' }));
    expect(await screen.findByText('event 250')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
    const offsets = fetch.mock.calls.map(([u]) => new URL(String(u), 'http://x').searchParams);
    expect(offsets.map((p) => p.get('offset'))).toEqual(['0', '100', '200']);
    expect(offsets.every((p) => p.get('limit') === '100' && p.get('order') === 'asc')).toBe(true);
  });

  it('filters by level on the server', async () => {
    const fetch = fakeEventsApi();
    vi.stubGlobal('fetch', fetch);
    renderRoute(<EventsTimeline jobId="job-1" live={false} />, { path: '/' });
    await screen.findByText('event 1');
    await userEvent.click(screen.getByRole('radio', { name: 'Error' }));
    expect(await screen.findByText('event 5')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('event 1')).not.toBeInTheDocument());
    expect(screen.queryByText('event 4')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
    const last = new URL(String(fetch.mock.calls.at(-1)?.[0]), 'http://x');
    expect(last.searchParams.get('level')).toBe('Error');
  });
});
