import { deviceFacts } from '../device-facts';
import { caveats, missing, needImport } from '../results';
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
    const evidence: string[] = [];
    let manufacturing = 0;
    let fromMedian = 0;
    for (const device of devices) {
      const footprint = footprintOf(device);
      if (!footprint) continue;
      evidence.push(device.key);
      manufacturing += footprint.manufacturingKg;
      if (footprint.basis !== 'model') fromMedian += 1;
    }
    if (evidence.length === 0) {
      return missing('no-devices', needImport('devices', 'kind', 'manufacturer', 'model'));
    }

    const years = settings.deviceLifetimeMonths / 12;
    const factor = 1 / years - 1 / (years + 1);

    return {
      value: manufacturing * factor,
      basis: evidence.length,
      evidence,
      breakdown: {
        manufacturingKg: manufacturing,
        yearlyKgNow: manufacturing / years,
        yearlyKgExtended: manufacturing / (years + 1),
      },
      caveats: caveats(
        { code: 'rows-without-data', count: devices.length - evidence.length },
        { code: 'footprint-from-median', count: fromMedian },
      ),
    };
  },
};
