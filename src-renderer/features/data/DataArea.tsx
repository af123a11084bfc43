import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { sanitiseFileName } from '@core/documents/file-name';
import { FOCUS_CSV_MIME } from '@core/focus/focus-row';
import type { Engagement } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';
import { usePlatform } from '../../platform';
import { uiActions } from '../../state/ui-store';
import { runTask } from '../../tasks/run-task';
import { reportError } from '../engagements/actions';
import { useDatasetCounts } from '../../store/hooks';
import { DropZone } from '../import/DropZone';
import { ImportPanel } from '../import/ImportPanel';
import { ProfilesPanel } from '../import/ProfilesPanel';
import { useImportFlow } from '../import/use-import-flow';
import '../import/import.css';
import { DatasetTables } from './DatasetTables';
import { ImportList } from './ImportList';
import { ReconcilePanel } from './ReconcilePanel';

export function DataArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const counts = useDatasetCounts(engagement.id);
  const flow = useImportFlow(engagement.id, t);
  const tiles = [
    { id: 'devices', label: t('data.devices'), value: counts?.devices },
    { id: 'lines', label: t('data.lines'), value: counts?.lines },
    { id: 'invoices', label: t('data.invoices'), value: counts?.invoices },
    { id: 'plans', label: t('data.plans'), value: counts?.plans },
  ];

  return (
    <DropZone onFiles={(files) => void flow.open(files)}>
      <div className="data-area">
        <h1>{t('data.title')}</h1>
        <p className="muted">{t('data.intro')}</p>
        <div className="tiles">
          {tiles.map((tile) => (
            <div key={tile.id} className="tile" data-testid={`count-${tile.id}`}>
              <span className="tile-value">
                {tile.value === undefined ? '—' : formatNumber(tile.value, engagement.locale)}
              </span>
              <span className="tile-label">{tile.label}</span>
            </div>
          ))}
        </div>
        <ImportPanel flow={flow} locale={engagement.locale} />
        <ImportList engagement={engagement} />
        <div className="import-bar data-actions">
          <FocusExportButton engagement={engagement} disabled={!counts?.invoices} />
        </div>
        <ReconcilePanel engagement={engagement} />
        <DatasetTables engagement={engagement} />
        <ProfilesPanel locale={engagement.locale} />
      </div>
    </DropZone>
  );
}

/** The merged bills as FOCUS charges (CSV), built in the worker and saved through the shell. */
function FocusExportButton({
  engagement,
  disabled,
}: {
  engagement: Engagement;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);

  const exportFocus = async () => {
    const bytes = await runTask('export-focus', { engagementId: engagement.id });
    const day = new Date().toISOString().slice(0, 10);
    const client = engagement.clientName.trim() || engagement.name;
    const name = sanitiseFileName(`FOCUS - ${client} ${day}.csv`, 'focus.csv');
    const saved = await platform.saveFile(bytes, {
      title: t('data.focus.export'),
      suggestedName: name,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      mimeType: FOCUS_CSV_MIME,
    });
    if (saved.saved) {
      uiActions.pushNotice({
        kind: 'info',
        text: t('data.focus.saved', { location: saved.location ?? name }),
      });
    }
  };

  const run = () => {
    setBusy(true);
    exportFocus()
      .catch((error: unknown) => reportError(error, t))
      .finally(() => setBusy(false));
  };

  return (
    <button
      type="button"
      disabled={disabled || busy}
      title={t('data.focus.hint')}
      onClick={run}
      data-testid="export-focus"
    >
      {t('data.focus.export')}
    </button>
  );
}
