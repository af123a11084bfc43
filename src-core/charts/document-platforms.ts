// The fleet chart of the deliverables: devices per platform as horizontal bars.
import type { EChartsCoreOption } from 'echarts/core';

/** One bar per platform, largest on top, labelled with its count. */
export function platformChartOption(
  tallies: readonly { label: string; count: number }[],
  colour: string,
  formatValue: (value: number) => string,
): EChartsCoreOption {
  const rows = [...tallies].reverse().map((t) => ({ name: t.label, value: t.count }));

  return {
    textStyle: { fontFamily: 'Roboto' },
    grid: { left: 90, right: 40, top: 8, bottom: 24 },
    xAxis: { type: 'value', axisLabel: { fontSize: 9, formatter: formatValue } },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { fontSize: 10 } },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => r.value),
        itemStyle: { color: colour },
        label: {
          show: true,
          position: 'right',
          fontSize: 9,
          formatter: ({ value }: { value: number }) => formatValue(value),
        },
      },
    ],
  };
}
