import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { TabBar } from '../../components/TabBar';

import { ActionPlanTab } from './ActionPlanTab';
import { ComparisonTab } from './ComparisonTab';
import { QuestionsTab } from './QuestionsTab';
import { ScoresTab } from './ScoresTab';
import { useChecklist } from './use-checklist';
import './checklist.css';

const TABS = ['questions', 'scores', 'comparison', 'actions'] as const;
type Tab = (typeof TABS)[number];

export function ChecklistArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('questions');
  const state = useChecklist(engagement.id);

  return (
    <div className="checklist-area" data-testid="checklist-area">
      <h1>{t('checklist.title')}</h1>
      <p className="muted">{t('checklist.intro')}</p>
      <TabBar
        tabs={TABS}
        current={tab}
        onSelect={setTab}
        label={(candidate) => t(`checklist.tabs.${candidate}`)}
        testIdPrefix="checklist-tab"
      />
      {state === undefined ? null : tab === 'questions' ? (
        <QuestionsTab engagement={engagement} state={state} />
      ) : tab === 'scores' ? (
        <ScoresTab engagement={engagement} state={state} />
      ) : tab === 'comparison' ? (
        <ComparisonTab engagement={engagement} state={state} />
      ) : (
        <ActionPlanTab engagement={engagement} state={state} />
      )}
    </div>
  );
}
