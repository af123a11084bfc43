import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import type { WaveEntry } from '@core/method/waves';

import { todayOf } from './labels';

interface Props {
  engagement: Engagement;
  onAdd: (entry: WaveEntry) => Promise<void>;
}

const whole = (text: string) => Math.max(0, Math.floor(Number(text) || 0));

/** One period's figures, as read from the MDM console or the support desk. */
export function WaveEntryForm({ engagement, onAdd }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayOf(engagement.referenceDate));
  const [enrolled, setEnrolled] = useState('');
  const [failed, setFailed] = useState('');
  const [incidents, setIncidents] = useState('');
  const [satisfaction, setSatisfaction] = useState('');

  const submit = async () => {
    const rating = Number(satisfaction);
    await onAdd({
      id: crypto.randomUUID(),
      date,
      enrolled: whole(enrolled),
      failed: whole(failed),
      incidents: whole(incidents),
      satisfaction: satisfaction && rating >= 1 && rating <= 5 ? rating : null,
    });
    setEnrolled('');
    setFailed('');
    setIncidents('');
    setSatisfaction('');
  };

  const number = (label: string, value: string, set: (v: string) => void, id: string) => (
    <label className="method-field">
      {label}
      <input
        type="number"
        min={0}
        value={value}
        onChange={(e) => set(e.target.value)}
        data-testid={`entry-${id}`}
      />
    </label>
  );

  return (
    <form
      className="method-form method-entry"
      onSubmit={(event) => {
        event.preventDefault();
        if (date) void submit();
      }}
    >
      <h3>{t('method.waves.record')}</h3>
      <p className="muted small">{t('method.waves.recordHelp')}</p>
      <div className="method-pickers">
        <label className="method-field">
          {t('method.waves.date')}
          <input
            type="date"
            value={date}
            required
            onChange={(e) => setDate(e.target.value)}
            data-testid="entry-date"
          />
        </label>
        {number(t('method.waves.enrolled'), enrolled, setEnrolled, 'enrolled')}
        {number(t('method.waves.failed'), failed, setFailed, 'failed')}
        {number(t('method.waves.incidents'), incidents, setIncidents, 'incidents')}
        <label className="method-field">
          {t('method.waves.satisfaction')}
          <input
            type="number"
            min={1}
            max={5}
            step={0.1}
            value={satisfaction}
            onChange={(e) => setSatisfaction(e.target.value)}
            data-testid="entry-satisfaction"
          />
        </label>
        <button type="submit" className="button primary" data-testid="entry-add">
          {t('method.waves.add')}
        </button>
      </div>
    </form>
  );
}
