import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { ganttLayout, methodGanttOption } from '@core/charts/method-gantt';
import type { GanttInput } from '@core/charts/method-gantt';
import type { Engagement } from '@core/model/engagement';
import { gateState } from '@core/method/progress';
import type { PhasePlan } from '@core/method/plan';
import type { Wave } from '@core/method/waves';

import { Chart } from '../../components/Chart';
import { formatDate } from '../../i18n/format';
import { asLanguage, itemTitle, todayOf } from './labels';

// Wide enough for most catalogue task titles in French, the longer of the two languages.
const LABEL_WIDTH = 340;

interface Props {
  engagement: Engagement;
  plans: PhasePlan[];
  waves: Wave[];
}

/** The gate sits on its decision day, else at the end of the phase's latest planned task. */
function gateDate(plan: PhasePlan): string | null {
  if (plan.decision) return plan.decision.at;
  const ends = plan.tasks.flatMap((task) => (task.plannedEnd ? [task.plannedEnd] : []));
  return ends.length === 0 ? null : ends.toSorted().at(-1)!;
}

export function TimelineView({ engagement, plans, waves }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const today = todayOf(engagement.referenceDate);

  const input: GanttInput = useMemo(
    () => ({
      today,
      phases: plans.map((plan, index) => ({
        label: `${index + 1}. ${t(`method.phaseNames.${plan.phase}`)}`,
        gate: gateState(plan),
        gateDate: gateDate(plan),
        tasks: plan.tasks.map((task) => ({ ...task, label: itemTitle(task, language) })),
      })),
      waves: waves.map((wave) => ({
        label: wave.name,
        start: wave.plannedStart,
        end: wave.plannedEnd,
      })),
    }),
    [plans, waves, today, t, language],
  );
  const option = useMemo(
    () =>
      methodGanttOption(
        input,
        {
          today: t('method.timeline.today', { date: formatDate(today, engagement.locale) }),
          gate: t('method.gate.title'),
        },
        {
          phase: engagement.brandPrimary,
          planned: '#9db7d3',
          actual: '#1d6b3a',
          wave: engagement.brandSecondary,
          go: '#1d6b3a',
          noGo: '#b3261e',
          open: '#8a8a8a',
          today: '#b3261e',
        },
        { locale: engagement.locale, labelWidth: LABEL_WIDTH },
      ),
    [input, today, engagement, t],
  );
  const dated = input.phases.some((phase) =>
    phase.tasks.some((task) => task.plannedStart ?? task.plannedEnd ?? task.actualStart),
  );
  const rows = ganttLayout(input).rows.length;

  return (
    <section className="panel">
      <h2>{t('method.timeline.title')}</h2>
      <p className="muted small">{t('method.timeline.help')}</p>
      {!dated && waves.length === 0 ? (
        <p className="notice-inline" data-testid="timeline-empty">
          {t('method.timeline.empty')}
        </p>
      ) : (
        <>
          <Chart
            option={option}
            height={Math.max(240, Math.min(rows, 60) * 22 + 60)}
            testId="method-gantt"
            label={t('method.timeline.title')}
          />
          <p className="muted small method-legend">{t('method.timeline.legend')}</p>
        </>
      )}
    </section>
  );
}
