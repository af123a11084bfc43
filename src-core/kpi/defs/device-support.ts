import type { Device } from '@core/model/device';
import { isPastSupport } from '@core/reference/device-support';

import { deviceFacts } from '../device-facts';
import { caveats, countBy, missing, needImport, percent } from '../results';
import type { KpiDefinition } from '../types';

export const devicesPastSupport: KpiDefinition = {
  id: 'devices.pastSupportRate',
  category: 'security',
  label: {
    fr: 'Appareils en fin de support constructeur',
    en: 'Devices past manufacturer support',
  },
  definition: {
    fr:
      'Part des appareils dont le modèle ne reçoit plus de mises à jour de sécurité du ' +
      'constructeur à la date de mesure, parmi ceux dont le modèle est connu du catalogue.',
    en:
      'Share of devices whose model no longer gets security updates from its manufacturer at ' +
      'the reference date, among those whose model the catalogue knows.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 5, amberLimit: 15, source: 'fleetaudit' },
  compute(input) {
    const { devices, deviceSupport, referenceDate } = input;
    if (!deviceSupport) {
      return missing('no-support-catalogue', { kind: 'reference', file: 'device-support' });
    }

    const { modelSupport } = deviceFacts(input);
    const past: Device[] = [];
    let known = 0;
    for (const device of devices) {
      const model = modelSupport(device);
      if (!model) continue;
      known += 1;
      if (isPastSupport(model, referenceDate)) past.push(device);
    }
    if (known === 0) {
      return missing('no-known-models', needImport('devices', 'manufacturer', 'model'));
    }

    return {
      value: percent(past.length, known),
      basis: known,
      evidence: past.map((d) => d.key),
      breakdown: countBy(past, (d) => d.kind),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known }),
    };
  },
};
