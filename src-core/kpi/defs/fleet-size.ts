import { billedPeriods, invoiceIndex, monthFigures } from '../billing';
import { allDeviceKeys } from '../device-keys';
import { caveats, missing, needImport, percent } from '../results';
import type { KpiDefinition } from '../types';

export const deviceCount: KpiDefinition = {
  id: 'devices.total',
  category: 'operational',
  label: { fr: 'Nombre d’appareils', en: 'Number of devices' },
  definition: {
    fr:
      'Appareils distincts une fois tous les inventaires rapprochés (MDM, registre, ' +
      'factures d’achat), chacun compté une fois.',
    en:
      'Distinct devices once every inventory is merged (MDM exports, asset register, ' +
      'purchase lists), each counted once.',
  },
  unit: 'count',
  target: null,
  compute(input) {
    const { devices } = input;
    if (devices.length === 0) return missing('no-devices', needImport('devices'));

    return {
      value: devices.length,
      basis: devices.length,
      evidence: allDeviceKeys(input),
    };
  },
};

export const managedRate: KpiDefinition = {
  id: 'devices.managedRate',
  category: 'operational',
  label: { fr: 'Taux d’appareils gérés', en: 'Managed devices rate' },
  definition: {
    fr:
      'Part des appareils du parc rapproché qu’au moins un export MDM mentionne ; les ' +
      'autres échappent à la gestion et aux politiques de sécurité.',
    en:
      'Share of the merged fleet listed by at least one MDM export; the others escape ' +
      'management and security policies.',
  },
  unit: 'percent',
  target: { direction: 'at-least', value: 95, amberLimit: 90, source: 'fleetaudit' },
  compute({ devices }) {
    if (devices.length === 0) return missing('no-devices', needImport('devices'));

    const unmanaged = devices.filter((d) => !d.managed);
    return {
      value: percent(devices.length - unmanaged.length, devices.length),
      basis: devices.length,
      evidence: unmanaged.map((d) => d.key),
    };
  },
};

export const lineCount: KpiDefinition = {
  id: 'lines.total',
  category: 'operational',
  label: { fr: 'Nombre de lignes', en: 'Number of lines' },
  definition: {
    fr:
      'Numéros distincts facturés sur la période des factures ou présents dans un inventaire ' +
      'de lignes ; la tendance suit les lignes facturées chaque mois.',
    en:
      'Distinct numbers billed over the invoice period or listed in a line inventory; the ' +
      'trend follows the lines billed each month.',
  },
  unit: 'count',
  target: null,
  compute({ invoices, lines, referenceDate }) {
    const periods = billedPeriods(invoices, referenceDate);
    const billed = invoiceIndex(invoices).linesIn(periods);
    const numbers = new Set(billed);
    for (const line of lines) numbers.add(line.number);
    if (numbers.size === 0) return missing('no-lines', needImport('lines', 'number'));

    const months = monthFigures(invoices, periods);
    return {
      value: numbers.size,
      basis: numbers.size,
      evidence: [...numbers],
      trend: months.map((m) => ({ period: m.period, value: m.lineMonths })),
      caveats: caveats({ code: 'rows-without-data', count: numbers.size - billed.length }),
    };
  },
};
