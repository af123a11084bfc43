import { useTranslation } from 'react-i18next';

import type { EngagementId } from '@core/model/ids';

import { EmptyState } from '../../components/EmptyState';
import { usePlatform } from '../../platform';
import { useRunningTask } from '../../state/ui-store';
import { AREAS, routeHref } from '../../state/route';
import type { Area } from '../../state/route';
import { useEngagement } from '../../store/hooks';
import { AREA_SCREENS } from '../areas';
import { useDailyBackup } from '../protect/backup-actions';

interface Props {
  engagementId: string;
  area: Area;
}

export function EngagementWorkspace({ engagementId, area }: Props) {
  const { t } = useTranslation();
  const engagement = useEngagement(engagementId as EngagementId);
  const busy = useRunningTask() !== null;

  // A backup a day while the engagement is open, kept on this machine.
  useDailyBackup(engagement ?? null, usePlatform(), busy, t);

  if (engagement === undefined) return <main className="workspace" />;
  if (engagement === null) {
    return (
      <main className="workspace">
        <EmptyState title={t('errors.title')} body={t('errors.engagement-not-found')} />
      </main>
    );
  }

  const Screen = AREA_SCREENS[area];

  return (
    <div className="workspace">
      <nav className="side-nav" aria-label={engagement.name}>
        <div className="side-title" data-testid="workspace-title">
          {engagement.name}
        </div>
        {AREAS.map((candidate) => (
          <a
            key={candidate}
            href={routeHref({ name: 'engagement', engagementId, area: candidate })}
            className={candidate === area ? 'active' : undefined}
            aria-current={candidate === area ? 'page' : undefined}
            data-testid={`nav-${candidate}`}
          >
            {t(`nav.${candidate}`)}
          </a>
        ))}
      </nav>
      <main className="area">
        <Screen engagement={engagement} />
      </main>
    </div>
  );
}
