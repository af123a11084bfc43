import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { planKey } from '@core/model/plan';

import type { TFunction } from 'i18next';

import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import type { DatasetRow } from '../../store/datasets';
import { useViewRows } from '../../store/hooks';
import { deviceColumns, lineColumns } from './columns';
import { planColumns } from './plan-columns';

type Tab = 'devices' | 'lines' | 'plans';
const TABS: readonly Tab[] = ['devices', 'lines', 'plans'];

export function DatasetTables({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('devices');
  // One filter for the three tables: switching tabs keeps what the consultant looks for.
  const [filter, setFilter] = useState('');

  return (
    <section className="panel">
      <div className="tabs" role="tablist">
        {TABS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={tab === candidate}
            className={tab === candidate ? 'tab active' : 'tab'}
            onClick={() => setTab(candidate)}
            data-testid={`tab-${candidate}`}
          >
            {t(`data.${candidate}`)}
          </button>
        ))}
        <input
          className="filter"
          type="search"
          aria-label={t('table.filter.label')}
          placeholder={t('data.search')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="table-filter"
        />
      </div>
      {/* Keyed by tab: a table never sees the other dataset's rows while its query reloads. */}
      {tab === 'devices' && (
        <DatasetTable key="devices" spec={deviceSpec} engagement={engagement} filter={filter} />
      )}
      {tab === 'lines' && (
        <DatasetTable key="lines" spec={lineSpec} engagement={engagement} filter={filter} />
      )}
      {tab === 'plans' && (
        <DatasetTable key="plans" spec={planSpec} engagement={engagement} filter={filter} />
      )}
    </section>
  );
}

interface TableSpec<D extends Tab> {
  dataset: D;
  testId: string;
  columns: (t: TFunction, engagement: Engagement) => Column<DatasetRow<D>>[];
  rowKey: (row: DatasetRow<D>) => string;
}

const deviceSpec: TableSpec<'devices'> = {
  dataset: 'devices',
  testId: 'device-table',
  columns: deviceColumns,
  rowKey: (device) => device.key,
};

const lineSpec: TableSpec<'lines'> = {
  dataset: 'lines',
  testId: 'line-table',
  columns: lineColumns,
  rowKey: (line) => line.number,
};

const planSpec: TableSpec<'plans'> = {
  dataset: 'plans',
  testId: 'plan-table',
  columns: planColumns,
  rowKey: planKey,
};

interface DatasetTableProps<D extends Tab> {
  spec: TableSpec<D>;
  engagement: Engagement;
  filter: string;
}

function DatasetTable<D extends Tab>({ spec, engagement, filter }: DatasetTableProps<D>) {
  const { t } = useTranslation();
  const rows = useViewRows(engagement.id, spec.dataset);
  const columns = useMemo(() => spec.columns(t, engagement), [spec, t, engagement]);

  if (!rows) return <p className="muted">{t('data.deriving')}</p>;

  return (
    <VirtualTable
      rows={rows}
      columns={columns}
      rowKey={spec.rowKey}
      testId={spec.testId}
      filterText={filter}
      exportName={exportBaseName(engagement, t(`data.${spec.dataset}`))}
    />
  );
}

/** `<client> - <table>`, or the table alone when the client has no name yet. */
export function exportBaseName(engagement: Engagement, table: string): string {
  return [engagement.clientName.trim(), table].filter(Boolean).join(' - ');
}
