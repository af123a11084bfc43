// The roadmap: the seven phases with their progress and gate decisions, the timeline, and the
// rollout waves with their targets and progress (records 'method-phase' and 'method-wave').
import type { PhasePlan } from '@core/method/plan';
import { criteriaMet, gateState, overallProgress, phaseProgress } from '@core/method/progress';
import type { Wave } from '@core/method/waves';
import { waveTotals } from '@core/method/waves';

import { hasProgramme, phasePlansOf, wavesOf } from '../../records/programme';
import { fill } from '../../texts';
import { dataTable, freeText, paragraph, sectionHeading, subHeading } from '../blocks';
import type { ReportSection, SectionContext } from '../section';
import type { PdfCell, PdfContent } from '../types';
import { roadmapChart } from './roadmap-chart';

const percentOf = (share: number | null, context: SectionContext) =>
  share === null ? '—' : context.fmt.percent(share * 100, 0);

function gateCell(plan: PhasePlan, { texts, fmt }: SectionContext): string {
  const t = texts.roadmap;
  const state = gateState(plan);
  if (!plan.decision) return t.gates[state];
  return fill(t.decided, {
    verdict: t.gates[state],
    at: fmt.date(plan.decision.at, 'medium'),
    by: plan.decision.by || '—',
  }).trim();
}

function phasesTable(plans: readonly PhasePlan[], context: SectionContext): PdfContent {
  const { texts, fmt, theme } = context;
  const t = texts.roadmap;
  const rows: PdfCell[][] = plans.map((plan) => {
    const progress = phaseProgress(plan);
    const criteria = criteriaMet(plan);
    return [
      t.phaseNames[plan.phase],
      percentOf(progress.share, context),
      `${fmt.number(progress.reviewed)} / ${fmt.number(progress.applicable)}`,
      `${fmt.number(criteria.met)} / ${fmt.number(criteria.total)}`,
      gateCell(plan, context),
    ];
  });
  const right = { width: 'auto', align: 'right' } as const;
  return dataTable(
    [
      { header: t.phase, width: '*' },
      { header: t.progress, ...right },
      { header: t.tasks, ...right },
      { header: t.criteria, ...right },
      { header: t.gate, width: 130 },
    ],
    rows,
    theme,
  );
}

/** Enrolled devices over the wave's target, 0-1; null without a target. */
export function waveProgress(wave: Wave): number | null {
  if (!wave.targetCount) return null;
  return waveTotals(wave).enrolled / wave.targetCount;
}

function wavesTable(waves: readonly Wave[], context: SectionContext): PdfContent {
  const { texts, fmt, theme } = context;
  const t = texts.roadmap;
  if (waves.length === 0) return paragraph(t.noWave);

  const rows: PdfCell[][] = waves.map((wave) => [
    wave.name,
    `${fmt.date(wave.plannedStart, 'medium')} – ${fmt.date(wave.plannedEnd, 'medium')}`,
    wave.targetCount === null ? '—' : fmt.number(wave.targetCount),
    fmt.number(waveTotals(wave).enrolled),
    percentOf(waveProgress(wave), context),
  ]);
  const right = { width: 'auto', align: 'right' } as const;
  return dataTable(
    [
      { header: t.wave, width: '*' },
      { header: t.period, width: 'auto' },
      { header: t.target, ...right },
      { header: t.enrolled, ...right },
      { header: t.waveProgress, ...right },
    ],
    rows,
    theme,
  );
}

function build(context: SectionContext): PdfContent[] {
  const { data, texts } = context;
  const t = texts.roadmap;
  const heading = [sectionHeading(t.title), ...freeText(context.freeText)];
  if (!hasProgramme(data.records)) return [...heading, paragraph(t.empty)];

  const plans = phasePlansOf(data.records);
  const waves = wavesOf(data.records);
  const chart = roadmapChart(plans, waves, context);
  return [
    ...heading,
    paragraph(fill(t.intro, { percent: percentOf(overallProgress(plans).share, context) })),
    subHeading(t.phases),
    phasesTable(plans, context),
    ...chart,
    subHeading(t.waves),
    wavesTable(waves, context),
  ];
}

export const roadmapSection: ReportSection = {
  id: 'roadmap',
  title: (texts) => texts.roadmap.title,
  acceptsText: true,
  build,
};
