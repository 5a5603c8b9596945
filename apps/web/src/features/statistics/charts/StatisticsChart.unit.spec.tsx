/** @jest-environment jest-fixed-jsdom */
import { render, screen } from '@testing-library/react';
import { Providers } from '../../../app/App';
import { StatisticsChart } from './StatisticsChart';

// The canvas chart itself is checked in the browser; here only what a screen reader meets.
jest.mock('./EChartCanvas', () => ({ __esModule: true, default: () => <canvas data-testid="chart-canvas" /> }));

describe('a statistics chart', () => {
  it('is an image named by its description, the chart loaded lazily inside', async () => {
    render(
      <Providers signInConfig={{ mode: 'local' }}>
        <StatisticsChart option={{}} label="Victims rescued by age band, 2020. Under 15: 130." />
      </Providers>,
    );
    const chart = screen.getByRole('img', { name: 'Victims rescued by age band, 2020. Under 15: 130.' });
    expect(await screen.findByTestId('chart-canvas')).toBeInTheDocument();
    expect(chart).toContainElement(screen.getByTestId('chart-canvas'));
  });
});
