import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsdomTheme } from '../../test/render.js';
import { MetricCharts } from './metric-charts.js';
import { buildMetricCharts } from './metric-series.js';
import { SERIES_COLORS } from './series-style.js';

const clock = { endMs: Date.UTC(2026, 11, 6, 12, 0, 0), stepMs: 2000 };

function renderCharts(scheme: 'light' | 'dark', sources: Parameters<typeof buildMetricCharts>[0]) {
  return render(
    <MantineProvider theme={jsdomTheme} forceColorScheme={scheme}>
      <MetricCharts charts={buildMetricCharts(sources, clock)} empty="Nothing sampled." />
    </MantineProvider>,
  );
}

describe('MetricCharts', () => {
  // jsdom lays nothing out: give the charts' containers the size a browser would
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const legend = this.classList.contains('recharts-legend-wrapper');
      return DOMRect.fromRect({ width: 480, height: legend ? 20 : 200 });
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(200);
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws one captioned chart per measure, one line per worker with a legend', async () => {
    const { container } = renderCharts('light', [
      {
        name: 'worker-0',
        series: { cpuUsage: [1, 2, 3], memUsage: [10, 11, 12], gpuUtil: [5, 6, 7] },
      },
      { name: 'worker-1', series: { cpuUsage: [4, 5, 6], memUsage: [20, 21, 22] } },
    ]);
    const section = screen.getByRole('region', { name: 'Resource usage' });
    // the chart code loads after the card draws (placeholders meanwhile)
    await waitFor(() => expect(within(section).getAllByRole('figure')).toHaveLength(3));
    const figures = within(section).getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('data-testid'))).toEqual([
      'metric-chart-cpuUsage',
      'metric-chart-memUsage',
      'metric-chart-gpuUtil',
    ]);
    const cpu = screen.getByRole('figure', { name: 'CPU usage (%)' });
    expect(cpu).toHaveTextContent('latest: worker-0 3 %, worker-1 6 %');
    expect(within(cpu).getByText('worker-1')).toBeInTheDocument(); // the legend
    const strokes = [
      ...container.querySelectorAll(
        '[data-testid="metric-chart-cpuUsage"] path.recharts-line-curve',
      ),
    ].map((p) => p.getAttribute('stroke'));
    expect(strokes).toEqual([SERIES_COLORS.light[0], SERIES_COLORS.light[1]]);
  });

  it('draws with the dark palette in dark mode, and a single series without a legend', async () => {
    const { container } = renderCharts('dark', [{ name: 'Job', series: { cpuUsage: ['1', '2'] } }]);
    const cpu = await screen.findByRole('figure', { name: 'CPU usage (%)' });
    expect(container.querySelector('path.recharts-line-curve')?.getAttribute('stroke')).toBe(
      SERIES_COLORS.dark[0],
    );
    expect(container.querySelector('.recharts-legend-wrapper')).toBeNull();
    expect(cpu).toHaveTextContent('2 samples; latest: Job 2 %');
  });

  it('says so when nothing was sampled', () => {
    renderCharts('light', [{ name: 'Job', series: { cpuUsage: [], memUsage: ['x'] } }]);
    expect(screen.getByText('Nothing sampled.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
