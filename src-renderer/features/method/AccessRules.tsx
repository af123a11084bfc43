import { useTranslation } from 'react-i18next';

import { NETWORK_SCOPES, parseCountries } from '@core/method/mobility-policy';
import type { AccessHours, ConditionalAccess, NetworkScope } from '@core/method/mobility-policy';

import { CommitInput } from './CommitInput';

interface Props {
  access: ConditionalAccess;
  containerisation: boolean;
  onChange: (patch: { access?: ConditionalAccess; containerisation?: boolean }) => void;
}

// Offered when the consultant first limits the hours; edited from there.
const WORKING_DAY: AccessHours = { from: '08:00', to: '19:00' };

/** Conditional access rules and the work-data container of one population. */
export function AccessRules({ access, containerisation, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ConditionalAccess>) => onChange({ access: { ...access, ...patch } });
  const setHour = (field: keyof AccessHours, value: string) => {
    if (access.hours && value) set({ hours: { ...access.hours, [field]: value } });
  };

  return (
    <fieldset className="method-access" data-testid="population-access">
      <legend>{t('method.policy.access')}</legend>
      <label className="method-inline">
        <input
          type="checkbox"
          checked={access.requireCompliance}
          onChange={(e) => set({ requireCompliance: e.target.checked })}
          data-testid="access-compliance"
        />
        {t('method.policy.requireCompliance')}
      </label>
      <label className="method-field">
        {t('method.policy.countries')}
        <CommitInput
          value={access.countries.join(', ')}
          placeholder={t('method.policy.anyCountry')}
          onCommit={(value) => set({ countries: parseCountries(value) })}
          data-testid="access-countries"
        />
      </label>
      <div className="method-hours">
        <label className="method-inline">
          <input
            type="checkbox"
            checked={access.hours !== null}
            onChange={(e) => set({ hours: e.target.checked ? WORKING_DAY : null })}
            data-testid="access-hours"
          />
          {t('method.policy.hours')}
        </label>
        {access.hours && (
          <>
            <input
              type="time"
              value={access.hours.from}
              aria-label={t('method.policy.from')}
              onChange={(e) => setHour('from', e.target.value)}
              data-testid="access-from"
            />
            <span aria-hidden="true">–</span>
            <input
              type="time"
              value={access.hours.to}
              aria-label={t('method.policy.to')}
              onChange={(e) => setHour('to', e.target.value)}
              data-testid="access-to"
            />
          </>
        )}
      </div>
      <label className="method-field">
        {t('method.policy.network')}
        <select
          value={access.network}
          onChange={(e) => set({ network: e.target.value as NetworkScope })}
          data-testid="access-network"
        >
          {NETWORK_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {t(`method.policy.networks.${scope}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="method-inline">
        <input
          type="checkbox"
          checked={containerisation}
          onChange={(e) => onChange({ containerisation: e.target.checked })}
          data-testid="population-container"
        />
        {t('method.policy.container')}
      </label>
    </fieldset>
  );
}
