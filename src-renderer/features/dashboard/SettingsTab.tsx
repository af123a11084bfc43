import { useTranslation } from 'react-i18next';

import { KPI_SETTING_DEFAULTS, PROFILE_FIELDS } from '@core/kpi';
import type { KpiSettings } from '@core/kpi';
import type { Engagement } from '@core/model/engagement';
import { OS_TRACKS } from '@core/reference';

import { saveKpiSettings, useKpiSettings } from '../../kpi';
import type { KpiReport } from '../../kpi';
import { reportError } from '../engagements/actions';
import { CatalogueCard } from './CatalogueCard';
import { NumberSetting } from './NumberSetting';
import type { NumericSetting } from './NumberSetting';

const TCO_FIELDS: readonly NumericSetting[] = [
  'deviceLifetimeMonths',
  'supportCostPerDeviceMonth',
  'mdmLicencePerDeviceMonth',
  'staffHoursPerDeviceMonth',
  'staffHourlyCost',
  'endOfLifeCostPerDevice',
];

const WINDOW_FIELDS: readonly NumericSetting[] = [
  'costWindowMonths',
  'usageWindowMonths',
  'unusedWindowMonths',
  'underUseThresholdPct',
  'patchMaxAgeDays',
  'staleAfterDays',
  'ghostAfterDays',
  'oldDeviceYears',
  'osUpgradeGraceDays',
  'staleFixDays',
];

interface Props {
  engagement: Engagement;
  report: KpiReport | undefined;
}

/** The engagement's KPI inputs next to their defaults, and the OS catalogue in use. */
export function SettingsTab({ engagement, report }: Props) {
  const { t } = useTranslation();
  const settings = useKpiSettings(engagement.id);
  if (!settings) return null;

  const save = (next: KpiSettings) => {
    saveKpiSettings(engagement.id, next).catch((error: unknown) => reportError(error, t));
  };
  const field = (key: NumericSetting) => (
    <NumberSetting
      key={`${key}:${settings[key]}`}
      name={key}
      settings={settings}
      locale={engagement.locale}
      onSave={save}
    />
  );

  return (
    <div className="dashboard-settings">
      <p className="muted">{t('dashboard.settings.intro')}</p>
      <section className="panel" data-testid="tco-settings">
        <h2>{t('dashboard.settings.tco')}</h2>
        <div className="settings-grid">{TCO_FIELDS.map(field)}</div>
      </section>
      <section className="panel">
        <h2>{t('dashboard.settings.windows')}</h2>
        <div className="settings-grid">
          {WINDOW_FIELDS.map(field)}
          <label className="setting">
            <span>{t('dashboard.settings.labels.windowsTrack')}</span>
            <select
              value={settings.windowsTrack}
              onChange={(e) => save({ ...settings, windowsTrack: pick(OS_TRACKS, e.target.value) })}
            >
              {OS_TRACKS.map((track) => (
                <option key={track}>{track}</option>
              ))}
            </select>
            <span className="muted small">
              {t('dashboard.settings.default', { value: KPI_SETTING_DEFAULTS.windowsTrack })}
            </span>
          </label>
          <label className="setting">
            <span>{t('dashboard.settings.labels.profileField')}</span>
            <select
              value={settings.profileField}
              onChange={(e) =>
                save({ ...settings, profileField: pick(PROFILE_FIELDS, e.target.value) })
              }
            >
              {PROFILE_FIELDS.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
            <span className="muted small">
              {t('dashboard.settings.default', { value: KPI_SETTING_DEFAULTS.profileField })}
            </span>
          </label>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => save({ ...KPI_SETTING_DEFAULTS, targets: settings.targets })}
          data-testid="settings-reset"
        >
          {t('dashboard.settings.reset')}
        </button>
      </section>
      <CatalogueCard engagement={engagement} report={report} />
    </div>
  );
}

function pick<T extends string>(allowed: readonly T[], value: string): T {
  return allowed.find((candidate) => candidate === value) ?? allowed[0];
}
