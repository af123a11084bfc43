// The fleet's age pyramid: one row per age band, mobiles (smartphones and tablets) to the
// left, computers and the rest to the right, the bands past the lifetime shaded (the screen
// names the shading under the chart).
import type { EChartsCoreOption } from 'echarts/core';

import type { DeviceKind } from '@core/model/device';
import type { AgeBand } from '@core/overview/types';

/** The kinds drawn to the left of the axis; the others go to the right. */
export const LEFT_KINDS: readonly DeviceKind[] = ['smartphone', 'tablet'];
const RIGHT_KINDS: readonly DeviceKind[] = ['laptop', 'desktop', 'other'];
const KIND_COLOURS: Record<DeviceKind, string> = {
  smartphone: '#1f4e79',
  tablet: '#5b8db8',
  laptop: '#b26a00',
  desktop: '#d9a55b',
  other: '#8a96a3',
};

export interface AgePyramidLabels {
  /** One name per age band, youngest first. */
  bands: string[];
  kinds: Record<DeviceKind, string>;
}

/** Series in drawing order, so that a click's series index names its kind. */
export const PYRAMID_KINDS: readonly DeviceKind[] = [...LEFT_KINDS, ...RIGHT_KINDS];

/** Mirrored stacked bars per age band; bands from `lifetimeYears` on are shaded. */
export function agePyramidOption(
  ages: readonly AgeBand[],
  labels: AgePyramidLabels,
  lifetimeYears: number,
  formatValue: (value: number) => string,
): EChartsCoreOption {
  const firstOld = ages.findIndex((band) => band.fromYears >= lifetimeYears);
  const series = PYRAMID_KINDS.map((kind, index) => ({
    name: labels.kinds[kind],
    type: 'bar',
    stack: LEFT_KINDS.includes(kind) ? 'left' : 'right',
    cursor: 'pointer',
    itemStyle: { color: KIND_COLOURS[kind] },
    data: ages.map((band) => (LEFT_KINDS.includes(kind) ? -1 : 1) * band.byKind[kind]),
    ...(index === 0 && firstOld >= 0
      ? {
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(178, 106, 0, 0.08)' },
            // Named in the tooltip-free legend line under the chart: a label here hides bars.
            label: { show: false },
            data: [[{ yAxis: labels.bands[firstOld] }, { yAxis: labels.bands[ages.length - 1] }]],
          },
        }
      : {}),
  }));

  return {
    animation: false,
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 16, top: 8, bottom: 44, containLabel: true },
    tooltip: {
      trigger: 'item',
      valueFormatter: (value: number) => formatValue(Math.abs(value)),
    },
    xAxis: {
      type: 'value',
      axisLabel: { fontSize: 10, formatter: (value: number) => formatValue(Math.abs(value)) },
    },
    yAxis: { type: 'category', data: labels.bands, axisLabel: { fontSize: 11 } },
    series,
  };
}
