import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Device } from '@core/model/device';
import { PLATFORMS } from '@core/model/device';
import type { Engagement } from '@core/model/engagement';
import { distinctValues, restoreWave, waveDevices } from '@core/method/waves';
import type { WavePopulation } from '@core/method/waves';

import { formatNumber } from '../../i18n/format';
import { saveWave } from './method-store';
import { Picker } from './Picker';

interface Props {
  engagement: Engagement;
  devices: Device[];
  order: number;
  onDone: (createdId: string | null) => void;
}

export function WaveForm({ engagement, devices, order, onDone }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(t('method.waves.defaultName', { order }));
  const [departments, setDepartments] = useState<string[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const [platforms, setPlatforms] = useState<string[]>([]);
  const [keys, setKeys] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [target, setTarget] = useState('');
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

  const create = async () => {
    const id = crypto.randomUUID();
    const wave = restoreWave({
      id,
      name: name.trim() || t('method.waves.defaultName', { order }),
      order,
      population,
      plannedStart: start || null,
      plannedEnd: end || null,
      // An empty target means "every device the wave covers".
      targetCount: target === '' ? covered : Number(target),
      entries: [],
    });
    await saveWave(engagement.id, wave, t);
    onDone(id);
  };

  return (
    <form
      className="method-form"
      data-testid="wave-form"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
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
      <div className="form-actions">
        <button type="button" onClick={() => onDone(null)}>
          {t('method.cancel')}
        </button>
        <button type="submit" className="button primary" data-testid="wave-create">
          {t('method.waves.create')}
        </button>
      </div>
    </form>
  );
}
