import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { CostPanel } from './CostPanel';
import { CriteriaPanel } from './CriteriaPanel';
import { ExchangePanel } from './ExchangePanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ResultsPanel } from './ResultsPanel';
import { ScoresPanel } from './ScoresPanel';
import { StartGrid } from './StartGrid';
import { useVendorGrid } from './use-vendor-grid';
import './vendors.css';

const TABS = ['criteria', 'participants', 'scores', 'results', 'costs', 'exchange'] as const;
type Tab = (typeof TABS)[number];

export function VendorsArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const { grid, save } = useVendorGrid(engagement.id);
  const [tab, setTab] = useState<Tab>('criteria');

  if (grid === undefined) return null;

  return (
    <div className="vendors-area" data-testid="vendors-area">
      <h1>{t('vendors.title')}</h1>
      <p className="muted">{t('vendors.intro')}</p>
      {grid === null ? (
        <StartGrid engagement={engagement} onStart={save} />
      ) : (
        <>
          <nav className="tabs" aria-label={t('vendors.title')}>
            {TABS.map((id) => (
              <button
                key={id}
                type="button"
                className={id === tab ? 'button tab active' : 'button tab'}
                aria-current={id === tab ? 'page' : undefined}
                onClick={() => setTab(id)}
                data-testid={`vendors-tab-${id}`}
              >
                {t(`vendors.tabs.${id}`)}
              </button>
            ))}
            <span className="muted small saved-note">{t('vendors.saving')}</span>
          </nav>
          {tab === 'criteria' ? (
            <CriteriaPanel grid={grid} locale={engagement.locale} save={save} />
          ) : null}
          {tab === 'participants' ? <ParticipantsPanel grid={grid} save={save} /> : null}
          {tab === 'scores' ? (
            <ScoresPanel grid={grid} engagement={engagement} save={save} />
          ) : null}
          {tab === 'results' ? <ResultsPanel grid={grid} locale={engagement.locale} /> : null}
          {tab === 'costs' ? <CostPanel grid={grid} engagement={engagement} save={save} /> : null}
          {tab === 'exchange' ? (
            <ExchangePanel grid={grid} engagement={engagement} save={save} />
          ) : null}
        </>
      )}
    </div>
  );
}
