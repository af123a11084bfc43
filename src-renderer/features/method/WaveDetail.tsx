import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { methodBurnupOption } from '@core/charts/method-burnup';
import type { Engagement } from '@core/model/engagement';
import { aheadOfPlan, burnupSeries } from '@core/method/burnup';
import { waveDevices, waveTotals } from '@core/method/waves';
import type { Wave } from '@core/method/waves';

import { Chart } from '../../components/Chart';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { VirtualTable } from '../../components/VirtualTable';
import { formatDate, formatNumber } from '../../i18n/format';
import { useViewRows } from '../../store/hooks';
import { deviceColumns } from '../data/columns';
import { removeWave, saveWave } from './method-store';
import { WaveEntryForm } from './WaveEntryForm';
import { WaveForm } from './WaveForm';
import { WaveReading } from './WaveReading';

export function WaveDetail({ engagement, wave }: { engagement: Engagement; wave: Wave }) {
  const { t } = useTranslation();
  const devices = useViewRows(engagement.id, 'devices');
  const [showDevices, setShowDevices] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const covered = useMemo(() => waveDevices(devices ?? [], wave.population), [devices, wave]);
  const columns = useMemo(() => deviceColumns(t, engagement), [t, engagement]);
  const totals = waveTotals(wave);
  const gap = aheadOfPlan(wave);
  const locale = engagement.locale;
  const option = useMemo(
    () =>
      methodBurnupOption(
        burnupSeries(wave),
        wave.targetCount,
        {
          planned: t('method.burnup.planned'),
          enrolled: t('method.burnup.enrolled'),
          failed: t('method.burnup.failed'),
          target: t('method.burnup.target'),
        },
        { planned: '#8a8a8a', enrolled: engagement.brandPrimary, failed: '#b3261e' },
      ),
    [wave, t, engagement],
  );

  const rating = totals.satisfaction;
  const tiles = [
    {
      id: 'covered',
      label: t('method.waves.covered'),
      value: formatNumber(covered.length, locale),
    },
    {
      id: 'enrolled',
      label: t('method.waves.enrolled'),
      value: formatNumber(totals.enrolled, locale),
    },
    { id: 'failed', label: t('method.waves.failed'), value: formatNumber(totals.failed, locale) },
    {
      id: 'incidents',
      label: t('method.waves.incidents'),
      value: formatNumber(totals.incidents, locale),
    },
    {
      id: 'satisfaction',
      label: t('method.waves.satisfaction'),
      value: rating === null ? '—' : `${formatNumber(rating, locale, 1)} / 5`,
    },
  ];

  return (
    <section className="panel" data-testid="wave-detail">
      <div className="method-heading">
        <h2>{wave.name}</h2>
        <div className="method-actions">
          <button
            type="button"
            className="button"
            onClick={() => setEditing(!editing)}
            data-testid="wave-edit"
          >
            {t('method.edit.wave.title')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('method.waves.delete')}
          </button>
        </div>
      </div>
      {editing && devices && (
        <WaveForm
          engagement={engagement}
          devices={devices}
          order={wave.order}
          wave={wave}
          onDone={() => setEditing(false)}
        />
      )}
      <div className="tiles">
        {tiles.map((tile) => (
          <div key={tile.id} className="tile" data-testid={`wave-${tile.id}`}>
            <span className="tile-value">{tile.value}</span>
            <span className="tile-label">{tile.label}</span>
          </div>
        ))}
      </div>
      {gap !== null && (
        <p className={gap < 0 ? 'method-warning' : 'small'} data-testid="wave-gap">
          {gap < 0
            ? t('method.burnup.behind', { count: -gap })
            : t('method.burnup.ahead', { count: gap })}
        </p>
      )}
      <Chart option={option} testId="wave-burnup" label={t('method.burnup.title')} />
      <WaveReading engagement={engagement} wave={wave} />
      <WaveEntryForm
        engagement={engagement}
        onAdd={(entry) =>
          saveWave(engagement.id, { ...wave, entries: [...wave.entries, entry] }, t)
        }
      />
      {wave.entries.length > 0 && (
        <table className="simple-table" data-testid="wave-entries">
          <thead>
            <tr>
              <th>{t('method.waves.date')}</th>
              <th className="right">{t('method.waves.enrolled')}</th>
              <th className="right">{t('method.waves.failed')}</th>
              <th className="right">{t('method.waves.incidents')}</th>
              <th className="right">{t('method.waves.satisfaction')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {wave.entries
              .toSorted((a, b) => a.date.localeCompare(b.date))
              .map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(entry.date, locale)}</td>
                  <td className="right">{entry.enrolled}</td>
                  <td className="right">{entry.failed}</td>
                  <td className="right">{entry.incidents}</td>
                  <td className="right">{entry.satisfaction ?? '—'}</td>
                  <td className="right">
                    <button
                      type="button"
                      className="danger"
                      title={t('method.remove')}
                      onClick={() =>
                        void saveWave(
                          engagement.id,
                          { ...wave, entries: wave.entries.filter((e) => e.id !== entry.id) },
                          t,
                        )
                      }
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button"
        onClick={() => setShowDevices(!showDevices)}
        data-testid="wave-show-devices"
      >
        {showDevices ? t('method.waves.hideDevices') : t('method.waves.showDevices')}
      </button>
      {showDevices && (
        <VirtualTable
          rows={covered}
          columns={columns}
          rowKey={(device) => device.key}
          testId="wave-device-table"
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('method.waves.deleteTitle', { name: wave.name })}
          body={t('method.waves.deleteBody')}
          confirmLabel={t('method.waves.delete')}
          cancelLabel={t('method.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void removeWave(engagement.id, wave.id, t);
          }}
        />
      )}
    </section>
  );
}
