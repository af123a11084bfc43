import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { criteriaMet, gateState, overallProgress } from '@core/method/progress';
import type { PhasePlan } from '@core/method/plan';

import { PhasePanel } from './PhasePanel';
import { ProgressBar } from './ProgressBar';

export function PhasesView({ engagement, plans }: { engagement: Engagement; plans: PhasePlan[] }) {
  const { t } = useTranslation();
  const decided = plans.filter((plan) => gateState(plan) === 'go').length;

  return (
    <>
      <section className="panel">
        <h2>{t('method.phases.overall')}</h2>
        <ProgressBar progress={overallProgress(plans)} testId="overall-progress" />
        <p className="muted small">{t('method.phases.reviewedOnly')}</p>
        <p className="small" data-testid="gates-passed">
          {t('method.phases.gatesPassed', { count: decided, total: plans.length })}
        </p>
      </section>
      {plans.map((plan, index) => (
        <PhasePanel
          key={plan.phase}
          engagement={engagement}
          plan={plan}
          index={index}
          criteria={criteriaMet(plan)}
        />
      ))}
    </>
  );
}
