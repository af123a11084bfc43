import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import { readingEntry } from '@core/method/wave-reading';
import type { Wave } from '@core/method/waves';

import { formatDate, formatNumber } from '../../i18n/format';
import { usePlatform } from '../../platform';
import type { WaveReadingOutput } from '../../tasks/method-wave-reading';
import { runTask } from '../../tasks/run-task';
import { reportError } from '../engagements/actions';
import { todayOf } from './labels';
import { saveWave } from './method-store';

const EXPORT_FILTER = [{ name: 'MDM', extensions: ['csv', 'txt', 'xlsx', 'json', 'zip'] }];

// Long lists are cut on screen; the count above them stays exact.
const MISSING_SHOWN = 200;

/** Reads a newer MDM export for this wave and offers to record what it shows. */
export function WaveReading({ engagement, wave }: { engagement: Engagement; wave: Wave }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<WaveReadingOutput | null>(null);
  const [date, setDate] = useState('');
  const locale = engagement.locale;

  const read = async () => {
    const [file] = await platform.openFiles({
      title: t('method.reading.read'),
      filters: EXPORT_FILTER,
      multiple: false,
    });
    if (!file) return;

    setBusy(true);
    try {
      const result = await runTask('method-wave-reading', {
        engagementId: engagement.id,
        population: wave.population,
        file: { name: file.name, bytes: new Uint8Array(file.bytes) },
      });
      setReading(result);
      setDate(result.exportDate ?? todayOf(engagement.referenceDate));
    } catch (error) {
      reportError(error, t);
    } finally {
      setBusy(false);
    }
  };

  const record = async () => {
    if (!reading || !date) return;
    const entry = readingEntry(wave, reading.found, date, crypto.randomUUID());
    await saveWave(engagement.id, { ...wave, entries: [...wave.entries, entry] }, t);
    setReading(null);
  };

  return (
    <div className="method-form wave-reading" data-testid="wave-reading">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void read()}
        data-testid="wave-read-export"
      >
        {busy ? t('method.reading.reading') : t('method.reading.read')}
      </button>
      {reading && (
        <>
          <p data-testid="wave-reading-summary">
            {t('method.reading.summary', {
              file: reading.file,
              found: formatNumber(reading.found, locale),
              covered: formatNumber(reading.covered, locale),
              exported: formatNumber(reading.exported, locale),
            })}
          </p>
          <p className="small muted">
            {reading.exportDate
              ? t('method.reading.dated', { date: formatDate(reading.exportDate, locale) })
              : t('method.reading.undated')}
          </p>
          {reading.missing.length > 0 && <MissingList reading={reading} />}
          <form
            className="method-pickers"
            onSubmit={(event) => {
              event.preventDefault();
              void record();
            }}
          >
            <label className="method-field">
              {t('method.waves.date')}
              <input
                type="date"
                required
                value={date}
                onChange={(e) => setDate(e.target.value)}
                data-testid="wave-reading-date"
              />
            </label>
            <button type="submit" className="button primary" data-testid="wave-reading-record">
              {t('method.reading.record')}
            </button>
            <button type="button" onClick={() => setReading(null)}>
              {t('method.cancel')}
            </button>
          </form>
          <p className="small muted">{t('method.reading.recordHelp')}</p>
        </>
      )}
    </div>
  );
}

function MissingList({ reading }: { reading: WaveReadingOutput }) {
  const { t } = useTranslation();
  const shown = reading.missing.slice(0, MISSING_SHOWN);

  return (
    <details data-testid="wave-reading-missing">
      <summary>{t('method.reading.missing', { count: reading.missing.length })}</summary>
      <table className="simple-table">
        <thead>
          <tr>
            <th>{t('method.reading.device')}</th>
            <th>{t('method.reading.user')}</th>
            <th>{t('method.pilot.department')}</th>
            <th>{t('method.reading.why')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              <td>{row.name ?? row.key}</td>
              <td>{row.userName ?? '—'}</td>
              <td>{row.department ?? '—'}</td>
              <td>{t(`method.reading.reason.${row.reason}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < reading.missing.length && (
        <p className="small muted">
          {t('method.reading.more', { count: reading.missing.length - shown.length })}
        </p>
      )}
    </details>
  );
}
