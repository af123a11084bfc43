// The programme's timeline as an ECharts option the screen and the PDF share: one row per
// phase, its dated tasks beneath it, gates as diamonds and waves at the bottom, with a line on
// the day the engagement is measured against.
import type { ChartOption } from './checklist-radar';
import {
  ROW_STYLES,
  ganttDayText,
  ganttRowLabel,
  ganttSpanText,
  ganttTickFormatter,
} from './method-gantt-format';
import type { GanttRowKind } from './method-gantt-format';

export interface GanttTask {
  label: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface GanttPhase {
  label: string;
  tasks: GanttTask[];
  /** The decision day, else the phase's planned end; null when neither is known. */
  gateDate: string | null;
  gate: 'open' | 'go' | 'no-go';
}

export interface GanttInput {
  phases: GanttPhase[];
  waves: { label: string; start: string | null; end: string | null }[];
  today: string;
}

type BarKind = 'phase' | 'planned' | 'actual' | 'wave';

/** One bar: row, start and end in epoch ms, and what it stands for. */
export type GanttBar = [row: number, start: number, end: number, kind: BarKind];

export interface GanttLayout {
  rows: string[];
  /** What each row stands for, so its name can be styled. */
  rowKinds: GanttRowKind[];
  bars: GanttBar[];
  gates: { row: number; at: number; gate: GanttPhase['gate'] }[];
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;

function span(start: string | null, end: string | null): [number, number] | null {
  if (!start && !end) return null;
  const from = day(start ?? (end as string));
  const to = day(end ?? (start as string)) + DAY_MS;
  return [Math.min(from, to), Math.max(from, to)];
}

/** Rows and bars of the timeline; undated tasks get no row so the chart stays readable. */
export function ganttLayout(input: GanttInput): GanttLayout {
  const layout: GanttLayout = { rows: [], rowKinds: [], bars: [], gates: [] };
  const addRow = (label: string, kind: GanttRowKind) => {
    layout.rowKinds.push(kind);
    return layout.rows.push(label) - 1;
  };

  for (const phase of input.phases) {
    const phaseRow = addRow(phase.label, 'phase');
    const taskBars: GanttBar[] = [];
    for (const task of phase.tasks) {
      const planned = span(task.plannedStart, task.plannedEnd);
      const actual = span(task.actualStart, task.actualEnd);
      if (!planned && !actual) continue;

      const row = addRow(`   ${task.label}`, 'task');
      if (planned) taskBars.push([row, planned[0], planned[1], 'planned']);
      if (actual) taskBars.push([row, actual[0], actual[1], 'actual']);
    }

    if (taskBars.length > 0) {
      const start = Math.min(...taskBars.map((bar) => bar[1]));
      const end = Math.max(...taskBars.map((bar) => bar[2]));
      layout.bars.push([phaseRow, start, end, 'phase'], ...taskBars);
    }
    if (phase.gateDate)
      layout.gates.push({ row: phaseRow, at: day(phase.gateDate), gate: phase.gate });
  }

  for (const wave of input.waves) {
    const row = addRow(wave.label, 'wave');
    const planned = span(wave.start, wave.end);
    if (planned) layout.bars.push([row, planned[0], planned[1], 'wave']);
  }
  return layout;
}

/** The part of ECharts' custom-series API the bars use. */
interface RenderApi {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (point: [number, number]) => [number, number];
}

export interface GanttColours {
  phase: string;
  planned: string;
  actual: string;
  wave: string;
  go: string;
  noGo: string;
  open: string;
  today: string;
}

const THICKNESS: Record<BarKind, number> = { phase: 0.7, planned: 0.55, actual: 0.25, wave: 0.6 };
const KINDS: BarKind[] = ['phase', 'planned', 'actual', 'wave'];

/** How the chart is laid out where it is shown. */
export interface GanttDisplay {
  /** BCP 47 locale of dates on the axis and in tooltips. @default 'fr-FR' */
  locale?: string;
  /** Room for the row names, in pixels. @default 250 */
  labelWidth?: number;
}

// Days of margin around the earliest and latest marks, so no bar ends on the chart's edge.
const MARGIN_MS = 4 * DAY_MS;

function timeExtent(layout: GanttLayout, today: number): [number, number] {
  const marks = [
    today,
    ...layout.bars.flatMap((bar) => [bar[1], bar[2]]),
    ...layout.gates.map((gate) => gate.at),
  ];
  return [Math.min(...marks) - MARGIN_MS, Math.max(...marks) + MARGIN_MS];
}

interface TooltipItem {
  seriesType?: string;
  value?: unknown;
}

/** The timeline option; `labels.today` names the vertical line. */
export function methodGanttOption(
  input: GanttInput,
  labels: { today: string; gate: string },
  colours: GanttColours,
  display: GanttDisplay = {},
): ChartOption {
  const layout = ganttLayout(input);
  const gateColour = { go: colours.go, 'no-go': colours.noGo, open: colours.open };
  const locale = display.locale ?? 'fr-FR';
  const labelWidth = display.labelWidth ?? 250;
  const [min, max] = timeExtent(layout, day(input.today));

  // Bars name their row and span; gates their phase and day.
  const tooltip = (item: TooltipItem) => {
    const value = Array.isArray(item.value) ? (item.value as number[]) : [];
    if (item.seriesType === 'custom') {
      const [row, start, end] = value;
      return `${layout.rows[row].trim()}<br/>${ganttSpanText(locale, start, end)}`;
    }
    const [at, row] = value;
    return `${labels.gate} — ${layout.rows[row]}<br/>${ganttDayText(locale, at)}`;
  };

  // Kinds travel as numbers because custom-series values are numeric.
  const renderItem = (_params: unknown, api: RenderApi) => {
    const kind = KINDS[api.value(3)];
    const from = api.coord([api.value(1), api.value(0)]);
    const to = api.coord([api.value(2), api.value(0)]);
    const height = api.size([0, 1])[1] * THICKNESS[kind];
    return {
      type: 'rect',
      shape: { x: from[0], y: from[1] - height / 2, width: Math.max(2, to[0] - from[0]), height },
      style: { fill: colours[kind] },
    };
  };

  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: tooltip },
    grid: { left: labelWidth + 10, right: 24, top: 28, bottom: 32 },
    xAxis: {
      type: 'time',
      position: 'top',
      min,
      max,
      splitLine: { show: true, lineStyle: { color: '#e4e7eb' } },
      axisLabel: { hideOverlap: true, formatter: ganttTickFormatter(locale), color: '#52606d' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: layout.rows,
      axisTick: { show: false },
      axisLabel: {
        width: labelWidth,
        overflow: 'truncate',
        ellipsis: '…',
        align: 'right',
        formatter: (name: string, index: number) => ganttRowLabel(name, layout.rowKinds[index]),
        rich: ROW_STYLES,
      },
    },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [1, 2], y: 0 },
        data: layout.bars.map(([row, start, end, kind]) => [row, start, end, KINDS.indexOf(kind)]),
      },
      {
        type: 'scatter',
        name: labels.gate,
        symbol: 'diamond',
        symbolSize: 14,
        // A white edge keeps the diamond visible on the phase bar it usually sits on.
        itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
        data: layout.gates.map((gate) => {
          return { value: [gate.at, gate.row], itemStyle: { color: gateColour[gate.gate] } };
        }),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: colours.today, type: 'dashed', width: 2 },
          label: {
            formatter: labels.today,
            position: 'end',
            color: colours.today,
            backgroundColor: '#ffffff',
            padding: [2, 4],
          },
          data: [{ xAxis: day(input.today) }],
        },
      },
    ],
  };
}
