// Radar of each vendor's score per theme (criterion group). Pure option builder, shared by the
// screen and the PDF.

import { vendorColour } from './grid-palette';

export interface RadarSeries {
  name: string;
  index: number;
  /** One value (0-5) per axis, in the axes' order. */
  values: number[];
}

/** One axis per theme from 0 to 5, one closed shape per vendor. */
export function gridRadarOption(axes: readonly string[], series: readonly RadarSeries[]) {
  return {
    animation: false,
    legend: { bottom: 0, data: series.map((s) => s.name) },
    tooltip: {},
    radar: { indicator: axes.map((name) => ({ name, max: 5, min: 0 })), radius: '62%' },
    series: [
      {
        type: 'radar',
        data: series.map((s) => ({
          name: s.name,
          value: s.values.map((v) => Math.round(v * 100) / 100),
          itemStyle: { color: vendorColour(s.index) },
          lineStyle: { color: vendorColour(s.index) },
        })),
      },
    ],
  };
}
