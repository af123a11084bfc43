import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Device } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import { waveDevices, waveTotals } from '@core/method/waves';
import type { Wave } from '@core/method/waves';

import { formatDate, formatNumber } from '../../i18n/format';
import { useViewRows } from '../../store/hooks';
import { WaveDetail } from './WaveDetail';
import { WaveForm } from './WaveForm';

export function WavesView({ engagement, waves }: { engagement: Engagement; waves: Wave[] }) {
  const { t } = useTranslation();
  const devices = useViewRows(engagement.id, 'devices');
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const current = waves.find((wave) => wave.id === selected) ?? null;
  const locale = engagement.locale;

  if (!devices) return <p className="muted">{t('method.waves.loading')}</p>;

  return (
    <>
      <section className="panel">
        <div className="method-heading">
          <h2>{t('method.waves.title')}</h2>
          <button
            type="button"
            className="button primary"
            onClick={() => setCreating(true)}
            data-testid="new-wave"
          >
            {t('method.waves.new')}
          </button>
        </div>
        <p className="muted small">{t('method.waves.help')}</p>
        {creating && (
          <WaveForm
            engagement={engagement}
            devices={devices}
            order={waves.length + 1}
            onDone={(id) => {
              setCreating(false);
              if (id) setSelected(id);
            }}
          />
        )}
        {waves.length === 0 ? (
          <p className="muted" data-testid="no-waves">
            {t('method.waves.none')}
          </p>
        ) : (
          <WaveTable
            waves={waves}
            devices={devices}
            locale={locale}
            selected={selected}
            onSelect={setSelected}
          />
        )}
      </section>
      {current && <WaveDetail key={current.id} engagement={engagement} wave={current} />}
    </>
  );
}

interface TableProps {
  waves: Wave[];
  devices: Device[];
  locale: Engagement['locale'];
  selected: string | null;
  onSelect: (id: string) => void;
}

function WaveTable({ waves, devices, locale, selected, onSelect }: TableProps) {
  const { t } = useTranslation();
  return (
    <table className="simple-table" data-testid="wave-table">
      <thead>
        <tr>
          <th>{t('method.waves.name')}</th>
          <th>{t('method.waves.dates')}</th>
          <th className="right">{t('method.waves.covered')}</th>
          <th className="right">{t('method.waves.target')}</th>
          <th className="right">{t('method.waves.enrolled')}</th>
        </tr>
      </thead>
      <tbody>
        {waves.map((wave) => (
          <tr
            key={wave.id}
            className={wave.id === selected ? 'method-selected' : undefined}
            data-testid="wave-row"
          >
            <td>
              <button type="button" className="method-link" onClick={() => onSelect(wave.id)}>
                {wave.name}
              </button>
            </td>
            <td>
              {formatDate(wave.plannedStart, locale)} → {formatDate(wave.plannedEnd, locale)}
            </td>
            <td className="right" data-testid="wave-row-covered">
              {formatNumber(waveDevices(devices, wave.population).length, locale)}
            </td>
            <td className="right">
              {wave.targetCount === null ? '—' : formatNumber(wave.targetCount, locale)}
            </td>
            <td className="right">{formatNumber(waveTotals(wave).enrolled, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
