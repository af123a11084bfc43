import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { savingsWaterfallOption } from '@core/charts/savings-waterfall';
import type { Engagement } from '@core/model/engagement';

import { Chart } from '../../../components/Chart';
import { formatMoney } from '../../../i18n/format';
import { useSavingDecisions } from '../../../kpi';
import type { KpiReport } from '../../../kpi';

const MONTHLY_SPEND = 'cost.totalMonthly';

interface Props {
  engagement: Engagement;
  report: KpiReport;
  /** Opens the list of recommendations, where each one is decided. */
  onOpenSavings: () => void;
}

/** Today's monthly bill, each kind of saving not rejected taken off it, and what is left. */
export function SavingsWaterfall({ engagement, report, onOpenSavings }: Props) {
  const { t } = useTranslation();
  const decisions = useSavingDecisions(engagement.id);
  const current = report.kpis.find((kpi) => kpi.id === MONTHLY_SPEND)?.value ?? null;

  const { option, count, accepted } = useMemo(() => {
    const decided = new Map((decisions ?? []).map((d) => [d.id, d.decision]));
    const kept = report.savings.filter((saving) => decided.get(saving.id) !== 'rejected');
    const byKind = new Map<string, number>();
    for (const saving of kept)
      byKind.set(saving.kind, (byKind.get(saving.kind) ?? 0) + saving.monthly);
    // A kind whose recommendations save nothing (a renewal to plan) is no step; a guaranteed
    // minimum still to pay is a step up, drawn last.
    const steps = [...byKind]
      .filter(([, amount]) => Math.abs(amount) >= 0.005)
      .map(([kind, amount]) => ({ label: t(`dashboard.savings.kinds.${kind}`), amount }))
      .sort((a, b) => b.amount - a.amount);

    const money = (value: number) => formatMoney(value, engagement.currency, engagement.locale);
    return {
      option:
        current === null
          ? null
          : savingsWaterfallOption(
              current,
              steps,
              { current: t('overview.current'), optimised: t('overview.optimised') },
              { total: engagement.brandPrimary, saving: '#2e7d32', cost: '#c62828' },
              money,
            ),
      count: kept.length,
      accepted: kept.filter((saving) => decided.get(saving.id) === 'accepted').length,
    };
  }, [decisions, report, current, engagement, t]);

  return (
    <section className="panel overview-card overview-wide" data-testid="overview-waterfall">
      <h2>{t('overview.waterfall')}</h2>
      {option === null ? (
        <p className="muted">{t('overview.noData', { what: t('overview.what.invoices') })}</p>
      ) : (
        <>
          <Chart
            option={option}
            height={260}
            label={t('overview.waterfall')}
            onItemClick={onOpenSavings}
          />
          <p className="muted small">
            {count === 0
              ? t('overview.waterfallNone')
              : t('overview.waterfallNote', { count, accepted })}
          </p>
        </>
      )}
    </section>
  );
}
