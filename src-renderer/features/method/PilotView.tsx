import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import {
  PILOT_WEEKS,
  pilotDepartments,
  pilotReadyToExit,
  pilotWarnings,
  pilotWeeks,
} from '@core/method/pilot';
import type { Pilot } from '@core/method/pilot';

import { formatNumber } from '../../i18n/format';
import { CheckList } from './CheckList';
import { savePilot, updatePilot } from './method-store';
import { PilotFeedback } from './PilotFeedback';
import { PilotPanel } from './PilotPanel';

export function PilotView({ engagement, pilot }: { engagement: Engagement; pilot: Pilot }) {
  const { t } = useTranslation();
  const save = (next: Pilot) => savePilot(engagement.id, next, t);
  const update = (change: (current: Pilot) => Pilot) => updatePilot(engagement.id, change, t);
  const weeks = pilotWeeks(pilot);
  const warnings = pilotWarnings(pilot);
  const ready = pilotReadyToExit(pilot);

  return (
    <>
      <section className="panel">
        <h2>{t('method.pilot.title')}</h2>
        <p className="muted small">{t('method.pilot.help', PILOT_WEEKS)}</p>
        <div className="method-pickers">
          <label className="method-field">
            {t('method.pilot.start')}
            <input
              type="date"
              value={pilot.startDate ?? ''}
              onChange={(e) => {
                const startDate = e.target.value || null;
                void update((current) => ({ ...current, startDate }));
              }}
              data-testid="pilot-start"
            />
          </label>
          <label className="method-field">
            {t('method.pilot.end')}
            <input
              type="date"
              value={pilot.endDate ?? ''}
              onChange={(e) => {
                const endDate = e.target.value || null;
                void update((current) => ({ ...current, endDate }));
              }}
              data-testid="pilot-end"
            />
          </label>
          <p className="method-field" data-testid="pilot-weeks">
            {weeks === null
              ? t('method.pilot.noDuration')
              : t('method.pilot.weeks', { n: formatNumber(weeks, engagement.locale, 1) })}
          </p>
        </div>
        <ul className="method-warnings" data-testid="pilot-warnings">
          {warnings.map((warning) => (
            <li key={warning} className="method-warning" data-testid={`pilot-warning-${warning}`}>
              {t(`method.pilot.warnings.${warning}`, PILOT_WEEKS)}
            </li>
          ))}
        </ul>
      </section>
      <PilotPanel pilot={pilot} departments={pilotDepartments(pilot)} onSave={save} />
      <PilotFeedback pilot={pilot} onSave={save} />
      <section className="panel" data-testid="pilot-exit">
        <h2>{t('method.pilot.exit')}</h2>
        <CheckList
          items={pilot.exitCriteria}
          onChange={(exitCriteria) => void update((current) => ({ ...current, exitCriteria }))}
          testId="pilot-exit"
        />
        <p>
          <span className={ready ? 'badge gate-go' : 'badge gate-open'} data-testid="pilot-ready">
            {ready ? t('method.pilot.ready') : t('method.pilot.notReady')}
          </span>
        </p>
      </section>
    </>
  );
}
