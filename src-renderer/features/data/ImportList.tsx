import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import type { ImportRecord } from '@core/model/import-record';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, formatNumber } from '../../i18n/format';
import { uiActions } from '../../state/ui-store';
import { useImports } from '../../store/hooks';
import { removeImportAndDerive } from '../import/import-actions';

export function ImportList({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const imports = useImports(engagement.id);
  const locale = engagement.locale;
  const [removing, setRemoving] = useState<ImportRecord | null>(null);

  const remove = async (record: ImportRecord): Promise<void> => {
    setRemoving(null);
    if (await removeImportAndDerive(engagement.id, record.id, t)) {
      const text = t('import.removeImport.done', { file: record.fileName });
      uiActions.pushNotice({ kind: 'info', text });
    }
  };

  return (
    <section className="panel">
      <h2>{t('data.imports')}</h2>
      {imports && imports.length === 0 && <p className="muted">{t('data.noImports')}</p>}
      {imports && imports.length > 0 && (
        <table className="simple-table" data-testid="import-list">
          <thead>
            <tr>
              <th>{t('data.file')}</th>
              <th>{t('import.dataset')}</th>
              <th>{t('data.format')}</th>
              <th className="right">{t('import.accepted')}</th>
              <th className="right">{t('import.rejected')}</th>
              <th>{t('data.importedAt')}</th>
              <th>SHA-256</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id}>
                <td>{record.fileName}</td>
                <td>
                  {t(`import.datasets.${record.dataset}`)}
                  {record.billId !== null && (
                    <span className="muted small"> {t('import.fromBill')}</span>
                  )}
                </td>
                <td>{record.format}</td>
                <td className="right">{formatNumber(record.rowsAccepted, locale)}</td>
                <td className="right">{formatNumber(record.rowsRejected, locale)}</td>
                <td>{formatDate(record.importedAt, locale)}</td>
                <td className="mono" title={record.sha256}>
                  {record.sha256.slice(0, 12)}
                </td>
                <td className="right">
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setRemoving(record)}
                    data-testid="import-remove"
                  >
                    {t('import.removeImport.action')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing && (
        <ConfirmDialog
          title={t('import.removeImport.title', { file: removing.fileName })}
          body={t('import.removeImport.body', {
            rows: formatNumber(removing.rowsAccepted, locale),
          })}
          confirmLabel={t('import.removeImport.confirm')}
          cancelLabel={t('import.removeImport.cancel')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
