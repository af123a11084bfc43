import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';
import { useDatasetCounts } from '../../store/hooks';
import { DatasetTables } from './DatasetTables';
import { ImportList } from './ImportList';

export function DataArea({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const counts = useDatasetCounts(engagement.id);
  const tiles = [
    { id: 'devices', label: t('data.devices'), value: counts?.devices },
    { id: 'lines', label: t('data.lines'), value: counts?.lines },
    { id: 'invoices', label: t('data.invoices'), value: counts?.invoices },
  ];

  return (
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
      <p className="notice-inline">{t('data.importSoon')}</p>
      <ImportList engagement={engagement} />
      <DatasetTables engagement={engagement} />
    </div>
  );
}
