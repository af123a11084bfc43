// Horizontal bars for the dashboard's overview (OS releases, models, cost by department...):
// largest on top, each bar carrying the key that finds its rows again when clicked.
import type { EChartsCoreOption } from 'echarts/core';

export interface LabelledBar {
  key: string;
  label: string;
  value: number;
}

/** One horizontal bar per entry, in the given order from the top, valued at its end. */
export function overviewBarsOption(
  bars: readonly LabelledBar[],
  colour: string,
  formatValue: (value: number) => string,
): EChartsCoreOption {
  const fromBottom = [...bars].reverse();

  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: formatValue },
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: fromBottom.map((bar) => bar.label),
      axisLabel: { fontSize: 11, width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        cursor: 'pointer',
        itemStyle: { color: colour },
        data: fromBottom.map((bar) => ({ value: bar.value, name: bar.label, key: bar.key })),
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          // No halo: the PDF's SVG reader paints it over the text and hides the figure.
          textBorderWidth: 0,
          textBorderColor: 'transparent',
          formatter: ({ value }: { value: number }) => formatValue(value),
        },
      },
    ],
  };
}
