import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { decideSaving, useSavingDecisions } from '../../kpi';
import type { KpiReport } from '../../kpi';
import { reportError } from '../engagements/actions';
import { SavingProof } from './SavingProof';
import { SavingsList } from './SavingsList';
import type { DecisionChange } from './SavingsList';
import { SummaryTiles } from './SummaryTiles';

interface Props {
  engagement: Engagement;
  report: KpiReport;
}

type Filter = 'all' | 'open';

/** Every recommendation with its decision, and the invoices that prove the one selected. */
export function SavingsTab({ engagement, report }: Props) {
  const { t } = useTranslation();
  const decisions = useSavingDecisions(engagement.id);
  const [filter, setFilter] = useState<Filter>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const byId = new Map((decisions ?? []).map((d) => [d.id, d.decision]));
  const shown =
    filter === 'all' ? report.savings : report.savings.filter((saving) => !byId.has(saving.id));
  const selected = report.savings.find((saving) => saving.id === selectedId);

  const decide: DecisionChange = (id, decision) => {
    decideSaving(engagement.id, id, decision).catch((error: unknown) => reportError(error, t));
  };

  if (report.savings.length === 0) {
    return (
      <p className="empty-state" data-testid="savings-none">
        {t('dashboard.savings.none')}
      </p>
    );
  }

  return (
    <div className="savings-tab">
      <SummaryTiles engagement={engagement} report={report} />
      <p className="muted">{t('dashboard.savings.intro')}</p>
      <div className="tabs" role="tablist">
        {(['all', 'open'] as const).map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={filter === candidate}
            className={filter === candidate ? 'tab active' : 'tab'}
            onClick={() => setFilter(candidate)}
            data-testid={`savings-filter-${candidate}`}
          >
            {t(
              candidate === 'all' ? 'dashboard.savings.filterAll' : 'dashboard.savings.filterOpen',
            )}
          </button>
        ))}
      </div>
      <div className="savings-layout">
        <SavingsList
          engagement={engagement}
          savings={shown}
          decisions={byId}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onDecide={decide}
        />
        <SavingProof engagement={engagement} saving={selected} />
      </div>
    </div>
  );
}
