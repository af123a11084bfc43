import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { VirtualTable } from '../../components/VirtualTable';
import { formatDate, formatNumber } from '../../i18n/format';
import { useImports } from '../../store/hooks';
import { exportBaseName } from './DatasetTables';
import { FINDINGS, findingTable } from './reconcile-columns';
import type { Finding } from './reconcile-columns';
import { useReconciliation } from './use-reconciliation';

/** Devices, lines and people side by side: the mismatches, counted, with the rows behind them. */
export function ReconcilePanel({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const imports = useImports(engagement.id);
  const [finding, setFinding] = useState<Finding>('linesWithoutDevice');
  const { present, referenceDate, output, computing, error } = useReconciliation(
    engagement,
    finding,
  );

  const table = useMemo(() => {
    if (!output) return null;
    const fileNames = new Map((imports ?? []).map((record) => [record.id, record.fileName]));
    return findingTable(finding, output.rows, { t, engagement, fileNames });
  }, [finding, output, imports, t, engagement]);

  if (!present || !referenceDate) return null;

  return (
    <section className="panel" data-testid="reconcile" aria-busy={computing}>
      <h2>{t('import.reconcile.title')}</h2>
      <p className="muted small">
        {t('import.reconcile.intro', { date: formatDate(referenceDate, engagement.locale) })}
        {/* On the intro's line: the tiles and the table below do not move meanwhile. */}
        {computing && (
          <span role="status" data-testid="reconcile-computing">
            {' '}
            {t('import.reconcile.computing')}
          </span>
        )}
      </p>
      {error !== undefined && (
        <p className="notice-inline" data-testid="reconcile-failed">
          {t('import.reconcile.failed')}
        </p>
      )}
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
              {output ? formatNumber(output.counts[candidate], engagement.locale) : '—'}
            </span>
            <span className="tile-label">{t(`import.reconcile.${candidate}`)}</span>
          </button>
        ))}
      </div>
      {table && (
        <VirtualTable
          key={finding}
          rows={table.rows}
          columns={table.columns}
          rowKey={table.rowKey}
          testId="reconcile-table"
          exportName={exportBaseName(engagement, t(`import.reconcile.${finding}`))}
        />
      )}
    </section>
  );
}
