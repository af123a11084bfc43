// The telecom spend chart of the deliverables: one stacked bar per billed month.
import type { EChartsCoreOption } from 'echarts/core';

import type { MonthSpend } from '@core/documents/fleet-stats';

export interface SpendChartLabels {
  planCharge: string;
  outOfPlan: string;
  options: string;
  oneOff: string;
  /** Month names for the axis, in the same order as the months. */
  months: string[];
}

const FONT = 'Roboto';

/** Stacked monthly charges by type, in the brand colours first. */
export function spendChartOption(
  months: readonly MonthSpend[],
  labels: SpendChartLabels,
  colours: { primary: string; secondary: string },
  formatValue: (value: number) => string,
): EChartsCoreOption {
  const series = (['planCharge', 'outOfPlan', 'options', 'oneOff'] as const).map((key) => ({
    name: labels[key],
    type: 'bar',
    stack: 'spend',
    data: months.map((m) => Math.round(m[key])),
  }));

  return {
    textStyle: { fontFamily: FONT },
    color: [colours.primary, colours.secondary, '#7f8c8d', '#bdc3c7'],
    legend: { bottom: 0, textStyle: { fontFamily: FONT, fontSize: 10 } },
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: labels.months, axisLabel: { fontSize: 9 } },
    yAxis: { type: 'value', axisLabel: { fontSize: 9, formatter: formatValue } },
    series,
  };
}
