import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { SAVING_KINDS } from '@core/savings';
import type { SavingKind } from '@core/savings';

import { TabBar } from '../../components/TabBar';
import { decideSaving, useSavingDecisions } from '../../kpi';
import type { KpiReport } from '../../kpi';
import { reportError } from '../engagements/actions';
import { DecisionNote } from './DecisionNote';
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
  const [kind, setKind] = useState<SavingKind | 'all'>('all');

  const byId = new Map((decisions ?? []).map((d) => [d.id, d.decision]));
  const notes = new Map((decisions ?? []).map((d) => [d.id, d.note]));
  const counts = new Map<SavingKind, number>();
  for (const saving of report.savings) counts.set(saving.kind, (counts.get(saving.kind) ?? 0) + 1);
  // A lever worth no euro sorts after hundreds of line savings: the kind filter finds it.
  const shown = report.savings.filter(
    (saving) =>
      // A deferred recommendation waits to be examined again: it stays in the open list.
      (filter === 'all' || !byId.has(saving.id) || byId.get(saving.id) === 'deferred') &&
      (kind === 'all' || saving.kind === kind),
  );
  const selected = report.savings.find((saving) => saving.id === selectedId);
  const selectedDecision = decisions?.find((decision) => decision.id === selectedId);

  const decide: DecisionChange = (id, decision) => {
    // A new decision keeps the note written on the previous one.
    const note = notes.get(id) ?? '';
    decideSaving(engagement.id, id, decision, note).catch((error: unknown) =>
      reportError(error, t),
    );
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
      <div style={{ display: 'flex', gap: 16, alignItems: 'end', flexWrap: 'wrap' }}>
        <TabBar
          tabs={['all', 'open'] as const}
          current={filter}
          onSelect={setFilter}
          label={(tab) =>
            t(tab === 'all' ? 'dashboard.savings.filterAll' : 'dashboard.savings.filterOpen')
          }
          testIdPrefix="savings-filter"
        />
        <label className="setting savings-kind-filter">
          <span>{t('dashboard.savings.kindFilter')}</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as SavingKind | 'all')}
            data-testid="savings-kind"
          >
            <option value="all">{t('dashboard.savings.allKinds')}</option>
            {SAVING_KINDS.filter((candidate) => counts.has(candidate)).map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`dashboard.savings.kinds.${candidate}`)} ({counts.get(candidate)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="savings-layout">
        <SavingsList
          engagement={engagement}
          savings={shown}
          decisions={byId}
          notes={notes}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onDecide={decide}
        />
        <div className="saving-side">
          {selectedDecision && (
            // Keyed by decision: another saving, or a new decision, starts from its own note.
            <DecisionNote
              key={`${selectedDecision.id}|${selectedDecision.decidedAt}`}
              engagement={engagement}
              decision={selectedDecision}
            />
          )}
          <SavingProof engagement={engagement} saving={selected} />
        </div>
      </div>
    </div>
  );
}
