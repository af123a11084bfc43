// A wave's burn-up as an ECharts option the screen and the PDF share: enrolled and failed
// devices so far against the straight-line plan, with the target as a ceiling.
import type { Burnup } from '@core/method/burnup';

import type { ChartOption } from './checklist-radar';

export interface BurnupLabels {
  planned: string;
  enrolled: string;
  failed: string;
  target: string;
}

/** The burn-up option; `target` draws a horizontal line when known. */
export function methodBurnupOption(
  burnup: Burnup,
  target: number | null,
  labels: BurnupLabels,
  colours: { planned: string; enrolled: string; failed: string },
): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 56, right: 24, top: 24, bottom: 56 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: labels.planned,
        data: burnup.planned,
        lineStyle: { type: 'dashed', color: colours.planned },
        itemStyle: { color: colours.planned },
        symbol: 'none',
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                label: { formatter: labels.target },
                data: [{ yAxis: target }],
              },
      },
      {
        type: 'line',
        name: labels.enrolled,
        data: burnup.enrolled,
        lineStyle: { color: colours.enrolled },
        itemStyle: { color: colours.enrolled },
      },
      {
        type: 'line',
        name: labels.failed,
        data: burnup.failed,
        lineStyle: { color: colours.failed },
        itemStyle: { color: colours.failed },
      },
    ],
  };
}
