import type { Device } from '@core/model/device';
import type { DeviceFootprint } from '@core/reference/footprint-lookup';

import { deviceFacts } from '../device-facts';
import { caveats, missing, needImport, sum } from '../results';
import type { KpiDefinition } from '../types';

export const lifetimeExtension: KpiDefinition = {
  id: 'sustainability.lifetimeExtensionCo2',
  category: 'sustainability',
  label: {
    fr: 'CO2e évité en gardant les appareils un an de plus',
    en: 'CO2e avoided by keeping devices one more year',
  },
  definition: {
    fr:
      'Baisse des émissions annuelles de fabrication du parc si chaque appareil est gardé ' +
      'L + 1 ans au lieu de L : somme de F × (1/L − 1/(L+1)), F = empreinte de fabrication.',
    en:
      'Fall in the fleet’s yearly manufacturing emissions if each device is kept L + 1 years ' +
      'instead of L: sum of F × (1/L − 1/(L+1)), F = manufacturing footprint.',
  },
  unit: 'kgco2e-per-year',
  target: null,
  compute(input) {
    const { devices, footprints, settings } = input;
    if (!footprints)
      return missing('no-footprints', { kind: 'reference', file: 'device-footprints' });
    if (devices.length === 0) return missing('no-devices', needImport('devices', 'model', 'kind'));

    const { footprint: footprintOf } = deviceFacts(input);
    const found: Array<{ device: Device; footprint: DeviceFootprint }> = [];
    for (const device of devices) {
      const footprint = footprintOf(device);
      if (footprint) found.push({ device, footprint });
    }
    if (found.length === 0) {
      return missing('no-devices', needImport('devices', 'kind', 'manufacturer', 'model'));
    }

    const years = settings.deviceLifetimeMonths / 12;
    const factor = 1 / years - 1 / (years + 1);
    const manufacturing = sum(found.map((f) => f.footprint.manufacturingKg));
    const fromMedian = found.filter((f) => f.footprint.basis !== 'model').length;

    return {
      value: manufacturing * factor,
      basis: found.length,
      evidence: found.map((f) => f.device.key),
      breakdown: {
        manufacturingKg: manufacturing,
        yearlyKgNow: manufacturing / years,
        yearlyKgExtended: manufacturing / (years + 1),
      },
      caveats: caveats(
        { code: 'rows-without-data', count: devices.length - found.length },
        { code: 'footprint-from-median', count: fromMedian },
      ),
    };
  },
};
