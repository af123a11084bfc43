import type { TrendPoint } from '@core/kpi/types';

// Option objects for ECharts, pure data, so the screen and the PDF draw the same KPI trends.

const STATUS_COLOURS = {
  green: '#2e7d32',
  amber: '#b26a00',
  red: '#c62828',
  none: '#1f4e79',
} as const;

export type TrendColour = keyof typeof STATUS_COLOURS;

/** A bare line for a KPI card: no axes, no labels, only the shape of the months. */
export function kpiSparklineOption(points: readonly TrendPoint[], colour: TrendColour) {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: points.map((p) => p.period) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data: points.map((p) => round(p.value)),
        symbol: 'none',
        lineStyle: { width: 2, color: STATUS_COLOURS[colour] },
        areaStyle: { color: STATUS_COLOURS[colour], opacity: 0.08 },
      },
    ],
  };
}

export interface TrendChartLabels {
  /** Name of the series, in the reader's language. */
  name: string;
  /** Month labels in the reader's language, one per point. */
  months: readonly string[];
}

/** A full monthly line with axes and the values on hover, for a KPI's detail and the report. */
export function kpiTrendOption(
  points: readonly TrendPoint[],
  colour: TrendColour,
  labels: TrendChartLabels,
) {
  return {
    animation: false,
    grid: { left: 56, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: [...labels.months], axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', scale: true, splitLine: { lineStyle: { color: '#e3e7ed' } } },
    series: [
      {
        name: labels.name,
        type: 'line',
        data: points.map((p) => round(p.value)),
        symbolSize: 6,
        lineStyle: { width: 2, color: STATUS_COLOURS[colour] },
        itemStyle: { color: STATUS_COLOURS[colour] },
      },
    ],
  };
}

/** Two decimals are enough for a chart and keep hover labels short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
