import { invoiceIndex, lastPeriods, monthFigures } from '../billing';
import { allDeviceKeys } from '../device-keys';
import { missing, needImport, sum } from '../results';
import { fleetCost, isFleetCost } from '../tco-model';
import type { KpiDefinition, KpiInput } from '../types';

/**
 * Everyone a device or a line is assigned to, by e-mail, else by name, and the keys of those
 * devices and lines. Most texts are distinct and already folded (trim and toLowerCase then give
 * back the same string): folding each directly is cheaper than remembering the folds.
 */
function assignments(input: KpiInput): { users: Set<string>; evidence: string[] } {
  const users = new Set<string>();
  const evidence: string[] = [];

  // One loop per row type, so that each reads a single kind of object.
  for (const device of input.devices) {
    const text = device.userEmail ?? device.userName;
    if (!text) continue;
    evidence.push(device.key);
    addUser(users, text);
  }
  for (const line of input.lines) {
    const text = line.userEmail ?? line.userName;
    if (!text) continue;
    evidence.push(line.number);
    addUser(users, text);
  }
  return { users, evidence };
}

function addUser(users: Set<string>, text: string): void {
  const id = text.trim().toLowerCase();
  if (id) users.add(id);
}

export const tcoPerDevice: KpiDefinition = {
  id: 'cost.tcoPerDeviceMonthly',
  category: 'financial',
  label: { fr: 'TCO par appareil et par mois', en: 'TCO per device per month' },
  definition: {
    fr:
      'Coût mensuel complet du parc (achat amorti, support, MDM, temps de gestion, fin de vie, ' +
      'télécom) divisé par le nombre d’appareils.',
    en:
      'Full monthly fleet cost (amortised purchase, support, MDM, staff time, end of life, ' +
      'telecom) divided by the number of devices.',
  },
  unit: 'currency-per-month',
  target: null,
  compute(input) {
    const cost = fleetCost(input);
    if (!isFleetCost(cost)) return cost;

    const count = input.devices.length;
    return {
      value: cost.monthly / count,
      basis: count,
      evidence: allDeviceKeys(input),
      breakdown: cost.perDevice,
      trend: cost.trend?.map((p) => ({ period: p.period, value: p.value / count })),
      caveats: cost.caveats,
    };
  },
};

export const tcoPerUser: KpiDefinition = {
  id: 'cost.tcoPerUserMonthly',
  category: 'financial',
  label: { fr: 'TCO par utilisateur et par mois', en: 'TCO per user per month' },
  definition: {
    fr:
      'Coût mensuel complet du parc divisé par le nombre de personnes à qui un appareil ou une ' +
      'ligne est attribué.',
    en:
      'Full monthly fleet cost divided by the number of people a device or a line is ' +
      'assigned to.',
  },
  unit: 'currency-per-month',
  target: null,
  compute(input) {
    const cost = fleetCost(input);
    if (!isFleetCost(cost)) return cost;

    const { users, evidence } = assignments(input);
    if (users.size === 0) {
      return missing('no-user-assignments', needImport('devices', 'userEmail', 'userName'));
    }

    return {
      value: cost.monthly / users.size,
      basis: users.size,
      evidence,
      trend: cost.trend?.map((p) => ({ period: p.period, value: p.value / users.size })),
      caveats: cost.caveats,
    };
  },
};

export const costPerLine: KpiDefinition = {
  id: 'cost.perLineMonthly',
  category: 'financial',
  label: { fr: 'Coût moyen par ligne et par mois', en: 'Average cost per line per month' },
  definition: {
    fr:
      'Montant facturé hors taxes divisé par le nombre de lignes-mois facturées, sur la ' +
      'fenêtre de coûts.',
    en:
      'Amount billed excluding VAT divided by the number of billed line-months, over the cost ' +
      'window.',
  },
  unit: 'currency-per-month',
  target: null,
  compute(input) {
    const { invoices, referenceDate, settings } = input;
    const periods = lastPeriods(invoices, referenceDate, settings.costWindowMonths);
    if (periods.length === 0) return missing('no-invoices', needImport('invoices', 'totalExVat'));

    // Every billed month has at least one line-month, so no division below is by zero.
    const months = monthFigures(input.invoices, periods);
    const count = sum(months.map((m) => m.lineMonths));

    return {
      value: sum(months.map((m) => m.total)) / count,
      basis: count,
      evidence: invoiceIndex(input.invoices).linesIn(periods),
      trend: months.map((m) => ({ period: m.period, value: m.total / m.lineMonths })),
    };
  },
};
