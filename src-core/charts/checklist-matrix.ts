// Impact / effort matrix of the action plan, as an ECharts option the screen and PDF share.

import { QUADRANT_THRESHOLD } from '../checklist/priority';
import type { ChartOption } from './checklist-radar';

/** One rated action: effort = 6 - feasibility, so 1 is the easiest. */
export interface MatrixPoint {
  label: string;
  impact: number;
  effort: number;
}

export interface MatrixLabels {
  impact: string;
  effort: string;
  quickWin: string;
  majorProject: string;
  fillIn: string;
  thankless: string;
}

// Feasibility >= 3 is easy, so effort <= 3 is the easy side; impact >= 3 is the high side.
const EASY_MAX_EFFORT = 6 - QUADRANT_THRESHOLD;

const RATING_TICKS = [1, 2, 3, 4, 5];

function ratingAxis(name: string, nameGap: number): ChartOption {
  return {
    name,
    nameLocation: 'middle',
    nameGap,
    min: 0.5,
    max: 5.5,
    axisLabel: { customValues: RATING_TICKS },
    axisTick: { customValues: RATING_TICKS },
    splitLine: { show: false },
  };
}

/** The matrix option: rated actions as points, the four quadrants shaded and named. */
export function actionMatrixOption(
  points: readonly MatrixPoint[],
  labels: MatrixLabels,
  colour: string,
): ChartOption {
  const area = (name: string, from: [number, number], to: [number, number], tint: string) => [
    { name, xAxis: from[0], yAxis: from[1], itemStyle: { color: tint } },
    { xAxis: to[0], yAxis: to[1] },
  ];

  return {
    animation: false,
    grid: { left: 48, right: 16, top: 16, bottom: 44 },
    tooltip: { trigger: 'item' },
    // Ratings are whole numbers: only 1-5 are labelled, the half steps frame the quadrants.
    xAxis: ratingAxis(labels.effort, 28),
    yAxis: ratingAxis(labels.impact, 30),
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        itemStyle: { color: colour },
        data: points.map((p) => ({ name: p.label, value: [p.effort, p.impact] })),
        markArea: {
          silent: true,
          label: { color: '#555', fontSize: 11 },
          data: [
            area(
              labels.quickWin,
              [0.5, QUADRANT_THRESHOLD - 0.5],
              [EASY_MAX_EFFORT + 0.5, 5.5],
              'rgba(46, 160, 67, 0.10)',
            ),
            area(
              labels.majorProject,
              [EASY_MAX_EFFORT + 0.5, QUADRANT_THRESHOLD - 0.5],
              [5.5, 5.5],
              'rgba(240, 162, 2, 0.10)',
            ),
            area(
              labels.fillIn,
              [0.5, 0.5],
              [EASY_MAX_EFFORT + 0.5, QUADRANT_THRESHOLD - 0.5],
              'rgba(31, 78, 121, 0.06)',
            ),
            area(
              labels.thankless,
              [EASY_MAX_EFFORT + 0.5, 0.5],
              [5.5, QUADRANT_THRESHOLD - 0.5],
              'rgba(200, 60, 60, 0.08)',
            ),
          ],
        },
      },
    ],
  };
}
