import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Locale } from '@core/model/engagement';

import { navigate } from '../../state/route';
import { useRunningTask } from '../../state/ui-store';
import { useEngagements } from '../../store/hooks';
import { create, loadDemo } from './actions';
import type { NewEngagement } from './actions';
import { EngagementCard } from './EngagementCard';
import { ImportButton } from '../protect/ImportButton';
import { SecurityButton } from '../protect/SecurityButton';
import { EngagementForm } from './EngagementForm';

export function EngagementHome() {
  const { t, i18n } = useTranslation();
  const engagements = useEngagements();
  const task = useRunningTask();
  const [creating, setCreating] = useState(false);

  const submit = async (input: NewEngagement) => {
    const id = await create(input, t);
    if (!id) return;

    setCreating(false);
    navigate({ name: 'engagement', engagementId: id, area: 'data' });
  };

  const demo = async () => {
    const id = await loadDemo(i18n.language as Locale, t);
    if (id) navigate({ name: 'engagement', engagementId: id, area: 'data' });
  };

  return (
    <main className="home">
      <div className="home-header">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="muted">{t('home.intro')}</p>
        </div>
        <div className="home-actions">
          <SecurityButton />
          <ImportButton />
          <button
            type="button"
            onClick={() => void demo()}
            disabled={task !== null}
            data-testid="load-demo"
          >
            {t('home.loadDemo')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => setCreating(true)}
            data-testid="new-engagement"
          >
            {t('home.create')}
          </button>
        </div>
      </div>

      {creating && (
        <EngagementForm
          onSubmit={(input) => void submit(input)}
          onCancel={() => setCreating(false)}
        />
      )}

      {engagements && engagements.length === 0 && !creating && (
        <p className="empty-list">{t('home.empty')}</p>
      )}

      <ul className="engagement-list" data-testid="engagement-list">
        {engagements?.map((engagement) => (
          <EngagementCard key={engagement.id} engagement={engagement} />
        ))}
      </ul>
    </main>
  );
}
