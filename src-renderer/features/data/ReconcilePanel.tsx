import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { reconcile } from '@core/reconcile';

import { VirtualTable } from '../../components/VirtualTable';
import { useReferenceDate } from '../../kpi/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import { useImports, useViewRows } from '../../store/hooks';
import { exportBaseName } from './DatasetTables';
import { FINDINGS, findingCount, findingTable } from './reconcile-columns';
import type { Finding } from './reconcile-columns';

/** Devices, lines and people side by side: the mismatches, counted, with the rows behind them. */
export function ReconcilePanel({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const devices = useViewRows(engagement.id, 'devices');
  const lines = useViewRows(engagement.id, 'lines');
  const imports = useImports(engagement.id);
  const [finding, setFinding] = useState<Finding>('linesWithoutDevice');
  const referenceDate = useReferenceDate(engagement);

  // Linear in the rows: a few milliseconds for the demo's 2,000 devices and 2,200 lines.
  const result = useMemo(
    () => (devices && lines && referenceDate ? reconcile(devices, lines, { referenceDate }) : null),
    [devices, lines, referenceDate],
  );
  const table = useMemo(() => {
    if (!result || !devices || !lines) return null;
    const fileNames = new Map((imports ?? []).map((record) => [record.id, record.fileName]));
    return findingTable(finding, result, { devices, lines, t, engagement, fileNames });
  }, [finding, result, devices, lines, imports, t, engagement]);

  if (!result || !table || !referenceDate) return null;
  if (devices?.length === 0 && lines?.length === 0) return null;

  return (
    <section className="panel" data-testid="reconcile">
      <h2>{t('import.reconcile.title')}</h2>
      <p className="muted small">
        {t('import.reconcile.intro', { date: formatDate(referenceDate, engagement.locale) })}
      </p>
      <div className="tiles reconcile-tiles" role="tablist">
        {FINDINGS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={finding === candidate}
            className={finding === candidate ? 'tile reconcile-tile active' : 'tile reconcile-tile'}
            onClick={() => setFinding(candidate)}
            data-testid={`reconcile-${candidate}`}
          >
            <span className="tile-value">
              {formatNumber(findingCount(result, candidate), engagement.locale)}
            </span>
            <span className="tile-label">{t(`import.reconcile.${candidate}`)}</span>
          </button>
        ))}
      </div>
      <VirtualTable
        key={finding}
        rows={table.rows}
        columns={table.columns}
        rowKey={table.rowKey}
        testId="reconcile-table"
        exportName={exportBaseName(engagement, t(`import.reconcile.${finding}`))}
      />
    </section>
  );
}
