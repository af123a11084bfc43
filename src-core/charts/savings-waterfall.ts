// From the current monthly bill to the optimised one: a bar for today, one falling step per
// kind of saving, a bar for what is left.
import type { EChartsCoreOption } from 'echarts/core';

export interface WaterfallStep {
  label: string;
  /** Monthly saving; negative when the step costs (a guaranteed minimum to keep paying). */
  amount: number;
}

export interface WaterfallLabels {
  current: string;
  optimised: string;
}

/** Current cost, the savings stacked down from it, and the optimised cost. */
export function savingsWaterfallOption(
  current: number,
  steps: readonly WaterfallStep[],
  labels: WaterfallLabels,
  colours: { total: string; saving: string; cost: string },
  formatValue: (value: number) => string,
): EChartsCoreOption {
  // Each step floats on an invisible base: a saving hangs down from what was left before it, a
  // cost rises from it.
  const bases: number[] = [];
  let left = current;
  for (const step of steps) {
    const before = left;
    left = Math.max(0, left - step.amount);
    bases.push(Math.min(before, left));
  }

  const names = [labels.current, ...steps.map((step) => step.label), labels.optimised];
  const invisible = [0, ...bases, 0];
  const visible = [
    { value: current, itemStyle: { color: colours.total } },
    ...steps.map((step) => ({
      value: Math.abs(step.amount),
      itemStyle: { color: step.amount < 0 ? colours.cost : colours.saving },
    })),
    { value: left, itemStyle: { color: colours.total } },
  ];

  return {
    animation: false,
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      valueFormatter: formatValue,
    },
    xAxis: { type: 'category', data: names, axisLabel: { fontSize: 11, interval: 0 } },
    yAxis: { type: 'value', axisLabel: { fontSize: 10, formatter: formatValue } },
    series: [
      {
        type: 'bar',
        stack: 'fall',
        silent: true,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        data: invisible,
      },
      {
        type: 'bar',
        stack: 'fall',
        data: visible,
        label: {
          show: true,
          position: 'top',
          fontSize: 10,
          formatter: ({ value }: { value: number }) => formatValue(value),
        },
      },
    ],
  };
}
