// Bar chart of the weighted scores: what the committee reads first. Pure option builder, so
// the screen and the PDF draw the same chart.

import { vendorColour } from './grid-palette';

export interface ScoreBar {
  name: string;
  /** Weighted score on 0-5. */
  score5: number;
  /** Index of the vendor in the grid, which picks its colour. */
  index: number;
  eliminated: boolean;
}

/** Horizontal bars, best at the top; eliminated vendors are drawn grey. */
export function gridScoreBarsOption(bars: readonly ScoreBar[], axisLabel: string) {
  const ordered = [...bars].sort((a, b) => a.score5 - b.score5);
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 5, name: axisLabel, nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'category', data: ordered.map((b) => b.name) },
    series: [
      {
        type: 'bar',
        data: ordered.map((b) => ({
          value: Math.round(b.score5 * 100) / 100,
          itemStyle: { color: b.eliminated ? '#b0b7bf' : vendorColour(b.index) },
        })),
        label: { show: true, position: 'right' },
      },
    ],
  };
}
