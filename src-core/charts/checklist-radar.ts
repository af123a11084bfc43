// Radar of the checklist scores by section, as an ECharts option the screen and PDF share.

/** One axis of the radar: a section's title and its 0-100 score, or null if not scored. */
export interface RadarAxis {
  label: string;
  score: number | null;
}

/** ECharts options are plain data, so src-core builds them without importing ECharts. */
export type ChartOption = Record<string, unknown>;

/** Long titles go on two lines, split at the space nearest the middle, so they fit the edge. */
function wrap(label: string): string {
  if (label.length <= 18) return label;

  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i += 1) {
    if (label[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best < 0 ? label : `${label.slice(0, best)}\n${label.slice(best + 1)}`;
}

/**
 * The radar option: one axis per section, 0-100. An unscored section is drawn at 0 but its
 * label says so, so a blank is not read as a failure.
 */
export function checklistRadarOption(
  axes: readonly RadarAxis[],
  labels: { series: string; notScored: string },
  colour: string,
): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    radar: {
      radius: '52%',
      axisName: { color: '#444', lineHeight: 14 },
      indicator: axes.map((a) => ({
        name: a.score === null ? `${wrap(a.label)}\n(${labels.notScored})` : wrap(a.label),
        max: 100,
        min: 0,
      })),
    },
    series: [
      {
        type: 'radar',
        name: labels.series,
        areaStyle: { opacity: 0.2 },
        lineStyle: { color: colour },
        itemStyle: { color: colour },
        data: [{ name: labels.series, value: axes.map((a) => Math.round(a.score ?? 0)) }],
      },
    ],
  };
}
