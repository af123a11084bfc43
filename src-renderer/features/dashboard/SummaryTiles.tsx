import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { acceptedTotal } from '@core/savings';

import { formatMoney, formatNumber } from '../../i18n/format';
import { useSavingDecisions } from '../../kpi';
import type { KpiReport } from '../../kpi';

interface Props {
  engagement: Engagement;
  report: KpiReport;
}

/** The three figures a fleet manager asks first: savings agreed, savings left, KPIs in the red. */
export function SummaryTiles({ engagement, report }: Props) {
  const { t } = useTranslation();
  const decisions = useSavingDecisions(engagement.id) ?? [];
  const { locale, currency } = engagement;
  const money = (value: number) => formatMoney(value, currency, locale);

  const accepted = acceptedTotal(report.savings, decisions);
  const rejected = new Set(decisions.filter((d) => d.decision === 'rejected').map((d) => d.id));
  const open = report.savings.filter((s) => !rejected.has(s.id));
  const potentialYearly = open.reduce((sum, s) => sum + s.yearly, 0);
  const red = report.kpis.filter((k) => k.status === 'red').length;
  const amber = report.kpis.filter((k) => k.status === 'amber').length;
  const missing = report.kpis.filter((k) => k.value === null).length;

  return (
    <div className="tiles dashboard-tiles">
      <div className="tile" data-testid="savings-accepted-total">
        <span className="tile-label">{t('dashboard.summary.accepted')}</span>
        <span className="tile-value" data-testid="savings-accepted-yearly">
          {t('dashboard.summary.perYear', { amount: money(accepted.yearly) })}
        </span>
        <span className="muted small">
          {t('dashboard.summary.acceptedDetail', {
            n: formatNumber(accepted.count, locale),
            monthly: money(accepted.monthly),
          })}
        </span>
      </div>
      <div className="tile" data-testid="savings-potential">
        <span className="tile-label">{t('dashboard.summary.potential')}</span>
        {report.rows.invoices === 0 ? (
          <span className="muted small" data-testid="savings-no-data">
            {t('dashboard.summary.noInvoices')}
          </span>
        ) : (
          <>
            <span className="tile-value">
              {t('dashboard.summary.perYear', { amount: money(potentialYearly) })}
            </span>
            <span className="muted small">
              {t('dashboard.summary.potentialDetail', { n: formatNumber(open.length, locale) })}
            </span>
          </>
        )}
      </div>
      <div className="tile" data-testid="kpis-off-target">
        <span className="tile-label">{t('dashboard.summary.offTarget')}</span>
        <span className="tile-value">{formatNumber(red, locale)}</span>
        <span className="muted small">
          {t('dashboard.summary.offTargetDetail', {
            amber: formatNumber(amber, locale),
            missing: formatNumber(missing, locale),
          })}
        </span>
      </div>
    </div>
  );
}
