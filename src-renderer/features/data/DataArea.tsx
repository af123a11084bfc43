import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';
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
        <ReconcilePanel engagement={engagement} />
        <DatasetTables engagement={engagement} />
        <ProfilesPanel locale={engagement.locale} />
      </div>
    </DropZone>
  );
}
