import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import type { TFunction } from 'i18next';

import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatNumber } from '../../i18n/format';
import type { DatasetRow } from '../../store/datasets';
import { useViewRows } from '../../store/hooks';
import { deviceColumns, fold, lineColumns, matchesFilter } from './columns';

type Tab = 'devices' | 'lines';

export function DatasetTables({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('devices');
  const [filter, setFilter] = useState('');
  const needle = fold(useDeferredValue(filter).trim());

  return (
    <section className="panel">
      <div className="tabs" role="tablist">
        {(['devices', 'lines'] as const).map((candidate) => (
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
          placeholder={t('data.search')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="table-filter"
        />
      </div>
      {/* Keyed by tab: a table never sees the other dataset's rows while its query reloads. */}
      {tab === 'devices' ? (
        <DatasetTable key="devices" spec={deviceSpec} engagement={engagement} needle={needle} />
      ) : (
        <DatasetTable key="lines" spec={lineSpec} engagement={engagement} needle={needle} />
      )}
    </section>
  );
}

interface TableSpec<D extends 'devices' | 'lines'> {
  dataset: D;
  columns: (t: TFunction, engagement: Engagement) => Column<DatasetRow<D>>[];
  rowKey: (row: DatasetRow<D>) => string;
}

const deviceSpec: TableSpec<'devices'> = {
  dataset: 'devices',
  columns: deviceColumns,
  rowKey: (device) => device.key,
};

const lineSpec: TableSpec<'lines'> = {
  dataset: 'lines',
  columns: lineColumns,
  rowKey: (line) => line.number,
};

interface DatasetTableProps<D extends 'devices' | 'lines'> {
  spec: TableSpec<D>;
  engagement: Engagement;
  needle: string;
}

function DatasetTable<D extends 'devices' | 'lines'>({
  spec,
  engagement,
  needle,
}: DatasetTableProps<D>) {
  const { t } = useTranslation();
  const rows = useViewRows(engagement.id, spec.dataset);
  const columns = useMemo(() => spec.columns(t, engagement), [spec, t, engagement]);
  const shown = useMemo(
    () => (rows ?? []).filter((row) => matchesFilter(row, columns, needle)),
    [rows, columns, needle],
  );

  if (!rows) return <p className="muted">{t('data.deriving')}</p>;

  return (
    <>
      <Showing shown={shown.length} total={rows.length} engagement={engagement} />
      <VirtualTable
        rows={shown}
        columns={columns}
        rowKey={spec.rowKey}
        testId={spec.dataset === 'devices' ? 'device-table' : 'line-table'}
      />
    </>
  );
}

function Showing({
  shown,
  total,
  engagement,
}: {
  shown: number;
  total: number;
  engagement: Engagement;
}) {
  const { t } = useTranslation();
  const locale = engagement.locale;
  return (
    <p className="muted small">
      {t('data.showing', {
        shown: formatNumber(shown, locale),
        total: formatNumber(total, locale),
      })}
    </p>
  );
}
