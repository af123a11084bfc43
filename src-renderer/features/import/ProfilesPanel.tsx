import { useTranslation } from 'react-i18next';

import type { Locale } from '@core/model/engagement';

import { formatDate } from '../../i18n/format';
import { usePlatform } from '../../platform';
import {
  exportProfiles,
  importProfiles,
  removeProfile,
  useMappingProfiles,
} from './profile-actions';

/** The column mappings saved for layouts the app did not know, shared by every engagement. */
export function ProfilesPanel({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const profiles = useMappingProfiles();

  return (
    <section className="panel" data-testid="mapping-profiles">
      <div className="import-bar">
        <h2>{t('import.profiles.title')}</h2>
        <button
          type="button"
          disabled={!profiles || profiles.length === 0}
          onClick={() => void exportProfiles(platform, profiles ?? [], t)}
          data-testid="profiles-export"
        >
          {t('import.profiles.export')}
        </button>
        <button
          type="button"
          onClick={() => void importProfiles(platform, t)}
          data-testid="profiles-import"
        >
          {t('import.profiles.import')}
        </button>
      </div>
      <p className="muted small">{t('import.profiles.intro')}</p>
      {profiles && profiles.length === 0 && <p className="muted">{t('import.profiles.empty')}</p>}
      {profiles && profiles.length > 0 && (
        <table className="simple-table">
          <thead>
            <tr>
              <th>{t('import.profiles.name')}</th>
              <th>{t('import.dataset')}</th>
              <th>{t('import.profiles.columns')}</th>
              <th>{t('import.profiles.savedAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {profiles.map((profile) => (
              <tr key={profile.id} data-testid="mapping-profile-row">
                <td>{profile.name}</td>
                <td>{t(`import.datasets.${profile.dataset}`)}</td>
                <td className="small">{profile.header.join(' · ')}</td>
                <td>{formatDate(profile.savedAt, locale)}</td>
                <td className="right">
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void removeProfile(profile.id, t)}
                  >
                    {t('import.profiles.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
