// The programme timeline of the roadmap section: the Method screen's Gantt, fed from the
// records, with catalogue task titles in the document's language.
import { ganttLayout, methodGanttOption } from '@core/charts/method-gantt';
import type { GanttInput } from '@core/charts/method-gantt';
import { METHOD_CATALOGUE } from '@core/method/catalogue';
import type { PhasePlan } from '@core/method/plan';
import { gateState } from '@core/method/progress';
import type { Wave } from '@core/method/waves';

import { chartBlock } from '../blocks';
import type { SectionContext } from '../section';
import type { PdfContent } from '../types';

const WIDTH = 500;
const ROW_HEIGHT = 18;

function taskTitle(plan: PhasePlan, task: PhasePlan['tasks'][number], locale: 'fr' | 'en') {
  if (task.title.trim()) return task.title;
  const entry = task.catalogueId ? METHOD_CATALOGUE[plan.phase].tasks[task.catalogueId] : null;
  return entry?.[locale] ?? task.catalogueId ?? '—';
}

// The gate sits on its decision day, else at the end of the phase's latest planned task.
function gateDate(plan: PhasePlan): string | null {
  if (plan.decision) return plan.decision.at;
  const ends = plan.tasks.flatMap((task) => (task.plannedEnd ? [task.plannedEnd] : []));
  return ends.length === 0 ? null : ends.toSorted().at(-1)!;
}

/** The Gantt as an SVG block, or nothing when no task or wave carries a date. */
export function roadmapChart(
  plans: readonly PhasePlan[],
  waves: readonly Wave[],
  context: SectionContext,
): PdfContent[] {
  const { data, texts, fmt, theme, renderChart } = context;
  const t = texts.roadmap;
  const input: GanttInput = {
    today: data.engagement.referenceDate ?? data.generatedAt.slice(0, 10),
    phases: plans.map((plan) => ({
      label: t.phaseNames[plan.phase],
      gate: gateState(plan),
      gateDate: gateDate(plan),
      tasks: plan.tasks.map((task) => ({ ...task, label: taskTitle(plan, task, fmt.locale) })),
    })),
    waves: waves.map((w) => ({ label: w.name, start: w.plannedStart, end: w.plannedEnd })),
  };
  const layout = ganttLayout(input);
  if (layout.bars.length === 0) return [];

  const option = methodGanttOption(
    input,
    { today: fmt.date(input.today, 'medium'), gate: t.gateLabel },
    {
      phase: theme.primary,
      planned: '#9db7d3',
      actual: '#1d6b3a',
      wave: theme.secondary,
      go: '#1d6b3a',
      noGo: '#b3261e',
      open: '#8a8a8a',
      today: '#b3261e',
    },
  );
  const height = 80 + layout.rows.length * ROW_HEIGHT;
  return [chartBlock(t.chart, renderChart(option, WIDTH, height), WIDTH)];
}
