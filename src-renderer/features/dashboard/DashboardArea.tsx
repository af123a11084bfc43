import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { TabBar } from '../../components/TabBar';
import { formatDate, formatNumber } from '../../i18n/format';
import { useKpiReport } from '../../kpi';
import { InputsTab } from './inputs/InputsTab';
import { KpiBoard } from './KpiBoard';
import { OverviewTab } from './overview/OverviewTab';
import { SavingsTab } from './SavingsTab';
import { SettingsTab } from './SettingsTab';
import './dashboard.css';

type Tab = 'kpis' | 'overview' | 'savings' | 'inputs' | 'settings';
const TABS: readonly Tab[] = ['kpis', 'overview', 'savings', 'inputs', 'settings'];

export function DashboardArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('kpis');
  const { report, computing, error } = useKpiReport(engagement.id);
  const locale = engagement.locale;

  return (
    <div className="dashboard" data-testid="dashboard">
      <header className="dashboard-header">
        <h1>{t('dashboard.title')}</h1>
        {report && (
          <p className="muted" data-testid="dashboard-context">
            {t('dashboard.measuredOn', { date: formatDate(report.referenceDate, locale) })}
            {' · '}
            {t('dashboard.rows', {
              devices: formatNumber(report.rows.devices, locale),
              lines: formatNumber(report.rows.lines, locale),
              invoices: formatNumber(report.rows.invoices, locale),
            })}
            {' · '}
            {t('dashboard.catalogue.title')}{' '}
            <span data-testid="catalogue-snapshot-inline">
              {formatDate(report.catalogue.snapshotDate, locale)}
            </span>
          </p>
        )}
        {computing && (
          <span className="dashboard-computing" role="status" data-testid="kpi-computing">
            {t('dashboard.computing')}
          </span>
        )}
      </header>

      <TabBar
        tabs={TABS}
        current={tab}
        onSelect={setTab}
        label={(candidate) => t(`dashboard.tabs.${candidate}`)}
        testIdPrefix="dashboard-tab"
      />

      {error !== undefined && !report && <p className="notice-inline">{t('dashboard.failed')}</p>}
      {tab === 'kpis' && report && <KpiBoard engagement={engagement} report={report} />}
      {tab === 'overview' && report && (
        <OverviewTab
          engagement={engagement}
          report={report}
          onOpenSavings={() => setTab('savings')}
        />
      )}
      {tab === 'savings' && report && <SavingsTab engagement={engagement} report={report} />}
      {tab === 'inputs' && <InputsTab engagement={engagement} />}
      {tab === 'settings' && <SettingsTab engagement={engagement} report={report} />}
    </div>
  );
}
