import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Device } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import { PROFILE_RESTRICTIONS, restorePopulation } from '@core/method/governance';
import type { Population } from '@core/method/governance';
import { distinctValues } from '@core/method/waves';

import { useViewRows } from '../../store/hooks';
import { savePopulation, usePopulations } from './method-store';
import { PopulationCard } from './PopulationCard';

/** Populations with their ownership model, security profile and allowed models. */
export function GovernanceView({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const populations = usePopulations(engagement.id);
  const devices = useViewRows(engagement.id, 'devices');
  const choices = useMemo(() => choicesOf(devices ?? []), [devices]);

  const add = () => {
    const population = restorePopulation({
      id: crypto.randomUUID(),
      name: t('method.governance.defaultName', { n: (populations?.length ?? 0) + 1 }),
      restrictions: PROFILE_RESTRICTIONS.standard,
    });
    void savePopulation(engagement.id, population, t);
  };

  if (!populations || !devices) return <p className="muted">{t('method.loading')}</p>;

  return (
    <section className="panel">
      <div className="method-heading">
        <h2>{t('method.governance.title')}</h2>
        <button type="button" className="button primary" onClick={add} data-testid="new-population">
          {t('method.governance.add')}
        </button>
      </div>
      <p className="muted small">{t('method.governance.help')}</p>
      {populations.length === 0 && <p className="muted">{t('method.governance.none')}</p>}
      {populations.map((population: Population) => (
        <PopulationCard
          key={population.id}
          engagement={engagement}
          population={population}
          devices={devices}
          choices={choices}
        />
      ))}
    </section>
  );
}

export interface Choices {
  departments: string[];
  models: string[];
}

function choicesOf(devices: Device[]): Choices {
  return {
    departments: distinctValues(devices, 'department'),
    models: distinctValues(devices, 'model'),
  };
}
