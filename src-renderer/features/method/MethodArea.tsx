import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { TabBar } from '../../components/TabBar';

import { usePhasePlans, usePilot, useObjectives, useWaves } from './method-store';
import { GovernanceView } from './GovernanceView';
import { ObjectivesView } from './ObjectivesView';
import { PhasesView } from './PhasesView';
import { PilotView } from './PilotView';
import { TimelineView } from './TimelineView';
import { WavesView } from './WavesView';
import './method.css';

const TABS = ['phases', 'timeline', 'objectives', 'governance', 'pilot', 'waves'] as const;
type Tab = (typeof TABS)[number];

export function MethodArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('phases');
  const plans = usePhasePlans(engagement.id);
  const waves = useWaves(engagement.id);
  const pilot = usePilot(engagement.id);
  const objectives = useObjectives(engagement.id);
  const loaded = plans && waves && pilot && objectives;

  return (
    <div className="method-area" data-testid="method-area">
      <h1>{t('method.title')}</h1>
      <p className="muted">{t('method.intro')}</p>
      <TabBar
        tabs={TABS}
        current={tab}
        onSelect={setTab}
        label={(candidate) => t(`method.tabs.${candidate}`)}
        testIdPrefix="method-tab"
      />
      {!loaded ? (
        <p className="muted">{t('method.loading')}</p>
      ) : (
        <>
          {tab === 'phases' && <PhasesView engagement={engagement} plans={plans} />}
          {tab === 'timeline' && (
            <TimelineView engagement={engagement} plans={plans} waves={waves} />
          )}
          {tab === 'objectives' && (
            <ObjectivesView engagement={engagement} objectives={objectives} />
          )}
          {tab === 'governance' && <GovernanceView engagement={engagement} />}
          {tab === 'pilot' && <PilotView engagement={engagement} pilot={pilot} />}
          {tab === 'waves' && <WavesView engagement={engagement} waves={waves} />}
        </>
      )}
    </div>
  );
}
