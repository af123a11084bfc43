// The fleet by compliance state as a ring: compliant, in a grace period, not compliant, unknown.
import type { EChartsCoreOption } from 'echarts/core';

import type { ComplianceState } from '@core/model/device';

const STATE_COLOURS: Record<ComplianceState, string> = {
  compliant: '#2e7d32',
  grace: '#b26a00',
  noncompliant: '#c62828',
  unknown: '#8a96a3',
};

/** States in the ring's order; each slice carries its `state` for a click to read. */
export const RING_STATES: readonly ComplianceState[] = [
  'compliant',
  'grace',
  'noncompliant',
  'unknown',
];

/** One slice per compliance state, coloured by what it means. */
export function complianceRingOption(
  counts: Record<ComplianceState, number>,
  labels: Record<ComplianceState, string>,
  formatValue: (value: number) => string,
  formatShare: (percent: number) => string,
): EChartsCoreOption {
  return {
    animation: false,
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'item', valueFormatter: formatValue },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['50%', '44%'],
        cursor: 'pointer',
        label: {
          fontSize: 11,
          formatter: ({ percent }: { percent: number }) => formatShare(percent),
        },
        // An empty state draws no slice and no label.
        data: RING_STATES.filter((state) => counts[state] > 0).map((state) => ({
          name: labels[state],
          value: counts[state],
          state,
          itemStyle: { color: STATE_COLOURS[state] },
        })),
      },
    ],
  };
}
