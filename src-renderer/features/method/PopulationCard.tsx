import { useTranslation } from 'react-i18next';

import type { Device } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import {
  POLICY_OWNERSHIPS,
  RESTRICTIONS,
  SECURITY_PROFILES,
  ownershipDefaults,
  policyWarnings,
  populationFit,
  profileDefaults,
} from '@core/method/governance';
import type { Population, PolicyOwnership, SecurityProfile } from '@core/method/governance';

import { formatNumber } from '../../i18n/format';
import { AccessRules } from './AccessRules';
import { CommitInput } from './CommitInput';
import type { Choices } from './GovernanceView';
import { removePopulation, savePopulation } from './method-store';
import { MonitoringStatement } from './MonitoringStatement';
import { Picker } from './Picker';

interface Props {
  engagement: Engagement;
  population: Population;
  devices: Device[];
  choices: Choices;
}

const plain = (values: string[]) => values.map((value) => ({ value, label: value }));

export function PopulationCard({ engagement, population, devices, choices }: Props) {
  const { t } = useTranslation();
  const save = (patch: Partial<Population>) =>
    void savePopulation(engagement.id, { ...population, ...patch }, t);
  const fit = populationFit(devices, population);
  const warnings = policyWarnings(population);
  const n = (value: number) => formatNumber(value, engagement.locale);

  return (
    <div className="method-form" data-testid="population">
      <div className="method-pickers">
        <label className="method-field">
          {t('method.governance.name')}
          <CommitInput value={population.name} onCommit={(name) => save({ name: name || '—' })} />
        </label>
        <label className="method-field">
          {t('method.governance.ownership')}
          <select
            value={population.ownership}
            onChange={(e) => save(ownershipDefaults(population, e.target.value as PolicyOwnership))}
            data-testid="population-ownership"
          >
            {POLICY_OWNERSHIPS.map((option) => (
              <option key={option} value={option}>
                {t(`method.ownership.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="method-field">
          {t('method.governance.profile')}
          <select
            value={population.profile}
            // A new profile brings its restrictions and access rules; the consultant then
            // adjusts them.
            onChange={(e) =>
              save(profileDefaults(e.target.value as SecurityProfile, population.ownership))
            }
            data-testid="population-profile"
          >
            {SECURITY_PROFILES.map((option) => (
              <option key={option} value={option}>
                {t(`method.profile.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="danger"
          onClick={() => void removePopulation(engagement.id, population.id, t)}
        >
          {t('method.remove')}
        </button>
      </div>
      <div className="method-pickers">
        <Picker
          label={t('method.waves.departments')}
          options={plain(choices.departments)}
          chosen={population.departments}
          onChange={(departments) => save({ departments })}
          testId="population-departments"
        />
        <Picker
          label={t('method.governance.models')}
          options={plain(choices.models)}
          chosen={population.allowedModels}
          onChange={(allowedModels) => save({ allowedModels })}
          testId="population-models"
        />
        <fieldset className="method-restrictions">
          <legend>{t('method.governance.restrictions')}</legend>
          {RESTRICTIONS.map((restriction) => (
            <label key={restriction}>
              <input
                type="checkbox"
                checked={population.restrictions.includes(restriction)}
                onChange={(e) =>
                  save({
                    restrictions: e.target.checked
                      ? [...population.restrictions, restriction]
                      : population.restrictions.filter((r) => r !== restriction),
                  })
                }
              />
              {t(`method.restriction.${restriction}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="method-policy">
        <AccessRules
          access={population.access}
          containerisation={population.containerisation}
          onChange={save}
        />
        <MonitoringStatement
          population={population}
          onChange={(statement) => save({ statement })}
        />
      </div>
      {warnings.length > 0 && (
        <ul className="method-warnings">
          {warnings.map((warning) => (
            <li key={warning} className="method-warning" data-testid={`policy-warning-${warning}`}>
              {t(`method.policy.warning.${warning}`)}
            </li>
          ))}
        </ul>
      )}
      <p className="small" data-testid="population-fit">
        {t('method.governance.fit', {
          covered: n(fit.covered),
          offList: n(fit.offList),
          otherOwnership: n(fit.otherOwnership),
        })}
      </p>
    </div>
  );
}
