import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { formatDate, formatNumber } from '../../i18n/format';
import { useImports } from '../../store/hooks';

export function ImportList({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const imports = useImports(engagement.id);
  const locale = engagement.locale;

  return (
    <section className="panel">
      <h2>{t('data.imports')}</h2>
      {imports && imports.length === 0 && <p className="muted">{t('data.noImports')}</p>}
      {imports && imports.length > 0 && (
        <table className="simple-table" data-testid="import-list">
          <thead>
            <tr>
              <th>{t('data.file')}</th>
              <th>{t('data.format')}</th>
              <th className="right">{t('data.rows')}</th>
              <th>{t('data.importedAt')}</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id}>
                <td>{record.fileName}</td>
                <td>{record.format}</td>
                <td className="right">{formatNumber(record.rowsAccepted, locale)}</td>
                <td>{formatDate(record.importedAt, locale)}</td>
                <td className="mono" title={record.sha256}>
                  {record.sha256.slice(0, 12)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
