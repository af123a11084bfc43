import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import type { OverviewSelection, RowsBehind as Rows } from '@core/overview';

import { VirtualTable } from '../../../components/VirtualTable';
import { formatNumber } from '../../../i18n/format';
import { runTask } from '../../../tasks/run-task';
import { deviceColumns } from '../../data/columns';
import { exportBaseName } from '../../data/DatasetTables';
import { invoiceColumns } from './invoice-columns';

export interface ChosenBar {
  selection: OverviewSelection;
  /** What the bar is called on screen, for the panel's title and the export's name. */
  what: string;
}

interface Props {
  engagement: Engagement;
  chosen: ChosenBar;
  onClose: () => void;
}

/** The rows one bar counts, found in the task worker, in a table that filters and exports. */
export function RowsBehind({ engagement, chosen, onClose }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ for: ChosenBar; rows?: Rows; failed?: boolean }>();

  useEffect(() => {
    let current = true;
    runTask('overview-rows', { engagementId: engagement.id, selection: chosen.selection }).then(
      (rows) => current && setState({ for: chosen, rows }),
      () => current && setState({ for: chosen, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [engagement.id, chosen]);

  const shown = state?.for === chosen ? state : undefined;
  return (
    <section className="panel overview-rows" data-testid="overview-rows">
      <header className="overview-rows-head">
        <h2>{t('overview.rows.title', { what: chosen.what })}</h2>
        {shown?.rows && (
          <span className="muted" data-testid="overview-rows-count">
            {t('overview.rows.count', {
              count: shown.rows.rows.length,
              formatted: formatNumber(shown.rows.rows.length, engagement.locale),
            })}
          </span>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {t('overview.rows.close')}
        </button>
      </header>
      {!shown && <p className="muted">{t('overview.rows.loading')}</p>}
      {shown?.failed && <p className="notice-inline">{t('overview.rows.failed')}</p>}
      {shown?.rows && <RowsTable engagement={engagement} rows={shown.rows} what={chosen.what} />}
    </section>
  );
}

function RowsTable({
  engagement,
  rows,
  what,
}: {
  engagement: Engagement;
  rows: Rows;
  what: string;
}) {
  const { t } = useTranslation();
  const exportName = exportBaseName(engagement, what);
  const devices = useMemo(() => deviceColumns(t, engagement), [t, engagement]);
  const invoices = useMemo(() => invoiceColumns(t, engagement), [t, engagement]);
  // A line can have several rows in a month: rows are told apart by their place in the list.
  const invoiceIndex = useMemo(
    () => new Map<unknown, number>(rows.rows.map((row, index) => [row, index])),
    [rows],
  );

  if (rows.dataset === 'devices') {
    return (
      <VirtualTable
        rows={rows.rows}
        columns={devices}
        rowKey={(device) => device.key}
        testId="overview-rows-table"
        exportName={exportName}
      />
    );
  }
  return (
    <VirtualTable
      rows={rows.rows}
      columns={invoices}
      rowKey={(row) => String(invoiceIndex.get(row))}
      testId="overview-rows-table"
      exportName={exportName}
    />
  );
}
