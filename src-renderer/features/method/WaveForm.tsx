import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Device } from '@core/model/device';
import { PLATFORMS } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import { applyWaveDraft, waveDraft, waveProblems } from '@core/method/edits';
import type { WaveDraft } from '@core/method/edits';
import { distinctValues, restoreWave, waveDevices } from '@core/method/waves';
import type { Wave, WavePopulation } from '@core/method/waves';

import { formatNumber } from '../../i18n/format';
import { saveWave } from './method-store';
import { Picker } from './Picker';

interface Props {
  engagement: Engagement;
  devices: Device[];
  order: number;
  /** The wave to edit; without it the form creates one. */
  wave?: Wave;
  onDone: (savedId: string | null) => void;
}

export function WaveForm({ engagement, devices, order, wave, onDone }: Props) {
  const { t } = useTranslation();
  const initial = wave ? waveDraft(wave) : null;
  const [name, setName] = useState(initial?.name ?? t('method.waves.defaultName', { order }));
  const [departments, setDepartments] = useState(initial?.population.departments ?? []);
  const [sites, setSites] = useState(initial?.population.sites ?? []);
  const [platforms, setPlatforms] = useState(initial?.population.platforms ?? []);
  const [keys, setKeys] = useState(initial?.population.deviceKeys.join(' ') ?? '');
  const [start, setStart] = useState(initial?.start ?? '');
  const [end, setEnd] = useState(initial?.end ?? '');
  const [target, setTarget] = useState(initial?.target ?? '');
  const [tried, setTried] = useState(false);
  const options = useMemo(() => {
    const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
    return {
      departments: plain(distinctValues(devices, 'department')),
      sites: plain(distinctValues(devices, 'site')),
    };
  }, [devices]);

  const population: WavePopulation = {
    departments,
    sites,
    platforms,
    deviceKeys: keys.split(/[\s,;]+/).filter(Boolean),
  };
  const covered = waveDevices(devices, population).length;
  const draft: WaveDraft = { name, population, start, end, target };
  const problems = waveProblems(draft);

  const save = async () => {
    setTried(true);
    if (problems.length > 0) return;

    const base = wave ?? restoreWave({ id: crypto.randomUUID(), order, entries: [] });
    const saved = applyWaveDraft(base, draft, covered);
    await saveWave(engagement.id, saved, t);
    onDone(saved.id);
  };

  return (
    <form
      className="method-form"
      data-testid="wave-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="method-field">
        {t('method.waves.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="wave-name" />
      </label>
      <p className="muted small">{t('method.waves.pickHelp')}</p>
      <div className="method-pickers">
        <Picker
          label={t('method.waves.departments')}
          options={options.departments}
          chosen={departments}
          onChange={setDepartments}
          testId="wave-departments"
        />
        <Picker
          label={t('method.waves.sites')}
          options={options.sites}
          chosen={sites}
          onChange={setSites}
          testId="wave-sites"
        />
        <Picker
          label={t('method.waves.platforms')}
          options={PLATFORMS.map((value) => ({ value, label: t(`enums.platform.${value}`) }))}
          chosen={platforms}
          onChange={setPlatforms}
          testId="wave-platforms"
        />
      </div>
      <label className="method-field">
        {t('method.waves.deviceKeys')}
        <textarea
          rows={2}
          value={keys}
          onChange={(e) => setKeys(e.target.value)}
          data-testid="wave-keys"
        />
      </label>
      <div className="method-pickers">
        <label className="method-field">
          {t('method.waves.start')}
          <input
            type="date"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            data-testid="wave-start"
          />
        </label>
        <label className="method-field">
          {t('method.waves.end')}
          <input
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            data-testid="wave-end"
          />
        </label>
        <label className="method-field">
          {t('method.waves.target')}
          <input
            type="number"
            min={0}
            value={target}
            placeholder={String(covered)}
            onChange={(e) => setTarget(e.target.value)}
            data-testid="wave-target"
          />
        </label>
      </div>
      <p className="small" data-testid="wave-form-count">
        {t('method.waves.wouldCover', {
          count: covered,
          n: formatNumber(covered, engagement.locale),
        })}
      </p>
      {tried && problems.length > 0 && (
        <ul className="method-warnings" data-testid="wave-problems">
          {problems.map((problem) => (
            <li key={problem} className="method-warning" data-testid={`wave-problem-${problem}`}>
              {t(`method.edit.wave.${problem}`)}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => onDone(null)}>
          {t('method.cancel')}
        </button>
        <button
          type="submit"
          className="button primary"
          data-testid={wave ? 'wave-save' : 'wave-create'}
        >
          {wave ? t('method.edit.save') : t('method.waves.create')}
        </button>
      </div>
    </form>
  );
}
