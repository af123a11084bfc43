import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { restoreLine } from '@core/model/line';
import type { Line } from '@core/model/line';

import { VirtualTable } from '../../components/VirtualTable';
import { useViewRows } from '../../store/hooks';
import { deviceColumns, lineColumns } from '../data/columns';
import type { EvidenceKind } from './kpi-meta';

interface Props {
  engagement: Engagement;
  /** Device keys or line numbers, as the KPI gives them. */
  keys: readonly string[];
  kind: EvidenceKind;
}

/** The rows behind a figure, read from the merged views, in virtualised tables. */
export function EvidenceTables({ engagement, keys, kind }: Props) {
  const { t } = useTranslation();
  if (keys.length === 0) return <p className="muted">{t('dashboard.detail.evidenceNone')}</p>;

  return (
    <div className="evidence">
      {kind !== 'lines' && <DeviceEvidence engagement={engagement} keys={keys} />}
      {kind !== 'devices' && (
        <LineEvidence engagement={engagement} keys={keys} keepUnknown={kind === 'lines'} />
      )}
    </div>
  );
}

function DeviceEvidence({ engagement, keys }: Omit<Props, 'kind'>) {
  const { t } = useTranslation();
  const devices = useViewRows(engagement.id, 'devices');
  const rows = useMemo(() => {
    const wanted = new Set(keys);
    return devices?.filter((device) => wanted.has(device.key));
  }, [devices, keys]);
  const columns = useMemo(() => deviceColumns(t, engagement), [t, engagement]);

  if (!rows) return <p className="muted">{t('dashboard.detail.evidenceLoading')}</p>;
  if (rows.length === 0) return null;
  return (
    <VirtualTable rows={rows} columns={columns} rowKey={(d) => d.key} testId="evidence-devices" />
  );
}

interface LineProps extends Omit<Props, 'kind'> {
  /** Lines billed but absent from the inventory still show, by their number. */
  keepUnknown: boolean;
}

function LineEvidence({ engagement, keys, keepUnknown }: LineProps) {
  const { t } = useTranslation();
  const lines = useViewRows(engagement.id, 'lines');
  const rows = useMemo(() => {
    if (!lines) return undefined;
    const known = new Map(lines.map((line) => [line.number, line]));
    const status = t('dashboard.detail.notInInventory');
    return keys.flatMap((key): Line[] => {
      const line = known.get(key);
      if (line) return [line];
      return keepUnknown ? [restoreLine({ number: key, plan: status })] : [];
    });
  }, [lines, keys, keepUnknown, t]);
  // The number is what the consultant acts on: it gets the department's room, never clipped.
  const columns = useMemo(
    () =>
      lineColumns(t, engagement)
        .filter((column) => column.id !== 'dept')
        .map((column) => (column.id === 'number' ? { ...column, width: 190 } : column)),
    [t, engagement],
  );

  if (!rows) return <p className="muted">{t('dashboard.detail.evidenceLoading')}</p>;
  if (rows.length === 0) return null;
  return (
    <VirtualTable rows={rows} columns={columns} rowKey={(l) => l.number} testId="evidence-lines" />
  );
}
