import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { COST_DIMENSIONS } from '@core/overview';
import type { CostDimension } from '@core/overview';

import { Chart } from '../../../components/Chart';
import { formatNumber } from '../../../i18n/format';
import type { KpiReport } from '../../../kpi';
import { overviewCharts } from './overview-options';
import type { OverviewChart } from './overview-options';
import { RowsBehind } from './RowsBehind';
import type { ChosenBar } from './RowsBehind';
import { SavingsWaterfall } from './SavingsWaterfall';
import './overview.css';

interface Props {
  engagement: Engagement;
  report: KpiReport;
  onOpenSavings: () => void;
}

/** The fleet and its bills at a glance; every bar and slice lists the rows it counts. */
export function OverviewTab({ engagement, report, onOpenSavings }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenBar | null>(null);
  const [dimension, setDimension] = useState<CostDimension>('department');
  const { overview } = report;
  const lifetimeYears = report.settings.deviceLifetimeMonths / 12;
  const charts = useMemo(
    () => overviewCharts(overview, t, engagement, lifetimeYears),
    [overview, t, engagement, lifetimeYears],
  );
  const costChart = useMemo(() => charts.costBy(dimension), [charts, dimension]);
  const noDevices = report.rows.devices === 0;
  const noInvoices = report.rows.invoices === 0;
  const locale = engagement.locale;

  const card = (id: string, title: string, chart: OverviewChart, empty: boolean, height = 280) => (
    <section className="panel overview-card" data-testid={`overview-${id}`}>
      <h2>{title}</h2>
      {empty ? (
        <p className="muted">
          {t('overview.noData', {
            what: t(`overview.what.${id === 'months' || id === 'cost' ? 'invoices' : 'devices'}`),
          })}
        </p>
      ) : (
        <Chart
          option={chart.option}
          height={height}
          label={title}
          testId={`overview-chart-${id}`}
          onItemClick={(click) => setChosen(chart.choose(click))}
        />
      )}
    </section>
  );

  return (
    <div className="overview">
      <p className="muted">{t('overview.intro')}</p>
      <div className="overview-grid">
        <SavingsWaterfall engagement={engagement} report={report} onOpenSavings={onOpenSavings} />
        {card('os', t('overview.os'), charts.os, noDevices)}
        <div className="overview-stack">
          {card('models', t('overview.models'), charts.models, noDevices)}
          {overview.otherModels > 0 && (
            <p className="muted small">
              {t('overview.otherModels', { count: overview.otherModels })}
            </p>
          )}
        </div>
        <div className="overview-stack">
          {card('ages', t('overview.ages'), charts.ages, noDevices)}
          {!noDevices && (
            <p className="muted small">
              {t('overview.pastLifetime', { years: formatNumber(lifetimeYears, locale, 1) })}
            </p>
          )}
          {overview.undated > 0 && !noDevices && (
            <p className="muted small" data-testid="overview-undated">
              {t('overview.undated', { count: formatNumber(overview.undated, locale) })}
            </p>
          )}
        </div>
        {card('compliance', t('overview.compliance'), charts.compliance, noDevices)}
        {card('months', t('overview.months'), charts.months, noInvoices)}
        <section className="panel overview-card" data-testid="overview-cost">
          <h2>
            {t('overview.costBy')}{' '}
            <select
              value={dimension}
              onChange={(event) => setDimension(event.target.value as CostDimension)}
              aria-label={t('overview.costBy')}
              data-testid="overview-cost-dimension"
            >
              {COST_DIMENSIONS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`overview.dimensions.${candidate}`)}
                </option>
              ))}
            </select>
          </h2>
          {noInvoices ? (
            <p className="muted">{t('overview.noData', { what: t('overview.what.invoices') })}</p>
          ) : (
            <Chart
              key={dimension}
              option={costChart.option}
              height={280}
              label={t('overview.costBy')}
              testId="overview-chart-cost"
              onItemClick={(click) => setChosen(costChart.choose(click))}
            />
          )}
        </section>
      </div>
      {chosen && (
        <RowsBehind engagement={engagement} chosen={chosen} onClose={() => setChosen(null)} />
      )}
    </div>
  );
}
