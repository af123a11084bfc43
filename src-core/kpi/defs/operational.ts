import type { Device } from '@core/model/device';
import { addYears, daysBetween, isIsoDate } from '@core/reference/dates';

import { caveats, countBy, mean, missing, needImport, percent } from '../results';
import type { KpiDefinition } from '../types';

const DAYS_PER_YEAR = 365.25;

export const complianceRate: KpiDefinition = {
  id: 'ops.compliance-rate',
  category: 'operational',
  label: { fr: 'Taux de conformité des appareils', en: 'Device compliance rate' },
  definition: {
    fr:
      'Part des appareils conformes parmi ceux dont l’état de conformité est connu ' +
      '(un appareil en période de grâce n’est pas conforme).',
    en:
      'Share of compliant devices among those whose compliance state is known (a device in ' +
      'its grace period is not compliant).',
  },
  unit: 'percent',
  target: { direction: 'at-least', value: 95, amberLimit: 90, source: 'guide' },
  compute({ devices }) {
    const known = devices.filter((d) => d.compliance !== 'unknown');
    if (known.length === 0) {
      return missing('no-compliance-state', needImport('devices', 'compliance'));
    }

    const failing = known.filter((d) => d.compliance !== 'compliant');
    return {
      value: percent(known.length - failing.length, known.length),
      basis: known.length,
      evidence: failing.map((d) => d.key),
      breakdown: countBy(failing, (d) => d.compliance),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known.length }),
    };
  },
};

export const ghostDevices: KpiDefinition = {
  id: 'ops.ghost-devices',
  category: 'operational',
  label: { fr: 'Appareils fantômes', en: 'Ghost devices' },
  definition: {
    fr:
      'Part des appareils dont le dernier contact MDM date de plus de 90 jours (réglable) ; ' +
      'l’enjeu est leur licence MDM mensuelle.',
    en:
      'Share of devices whose last MDM check-in is more than 90 days old (adjustable); the ' +
      'stake is their monthly MDM licence.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 2, amberLimit: 5, source: 'fleetaudit' },
  compute({ devices, referenceDate, settings }) {
    const seen = devices.filter((d) => isIsoDate(d.lastCheckIn));
    if (seen.length === 0)
      return missing('no-check-in-dates', needImport('devices', 'lastCheckIn'));

    const ghosts = seen.filter(
      (d) => daysBetween(d.lastCheckIn ?? referenceDate, referenceDate) > settings.ghostAfterDays,
    );
    return {
      value: percent(ghosts.length, seen.length),
      basis: seen.length,
      evidence: ghosts.map((d) => d.key),
      monthlyStake: ghosts.length * settings.mdmLicencePerDeviceMonth,
      caveats: caveats({ code: 'rows-without-data', count: devices.length - seen.length }),
    };
  },
};

/** Devices bought on or before the reference date; a later date is an input error. */
function dated(devices: readonly Device[], referenceDate: string): Device[] {
  return devices.filter((d) => isIsoDate(d.purchaseDate) && d.purchaseDate <= referenceDate);
}

/** Mean age in years per device kind; `ages` are in days, in the order of `devices`. */
function meanAgeByKind(
  devices: readonly Device[],
  ages: readonly number[],
): Record<string, number> {
  const byKind = new Map<string, number[]>();
  devices.forEach((d, i) => byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), ages[i]]));
  return Object.fromEntries([...byKind].map(([kind, list]) => [kind, mean(list) / DAYS_PER_YEAR]));
}

export const averageAge: KpiDefinition = {
  id: 'ops.average-age',
  category: 'operational',
  label: { fr: 'Âge moyen du parc', en: 'Average fleet age' },
  definition: {
    fr: 'Moyenne, en années, du temps écoulé entre la date d’achat et la date de référence.',
    en: 'Mean time, in years, from purchase date to reference date.',
  },
  unit: 'years',
  target: null,
  compute({ devices, referenceDate }) {
    const known = dated(devices, referenceDate);
    if (known.length === 0)
      return missing('no-purchase-dates', needImport('devices', 'purchaseDate'));

    const ages = known.map((d) => daysBetween(d.purchaseDate ?? referenceDate, referenceDate));
    return {
      value: mean(ages) / DAYS_PER_YEAR,
      basis: known.length,
      evidence: known.map((d) => d.key),
      breakdown: meanAgeByKind(known, ages),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known.length }),
    };
  },
};

export const oldDevices: KpiDefinition = {
  id: 'ops.old-devices',
  category: 'operational',
  label: { fr: 'Appareils de plus de 3 ans', en: 'Devices older than 3 years' },
  definition: {
    fr: 'Part des appareils achetés plus de 3 ans (réglable) avant la date de référence.',
    en: 'Share of devices bought more than 3 years (adjustable) before the reference date.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 30, amberLimit: 50, source: 'fleetaudit' },
  compute({ devices, referenceDate, settings }) {
    const known = dated(devices, referenceDate);
    if (known.length === 0)
      return missing('no-purchase-dates', needImport('devices', 'purchaseDate'));

    // Calendar years, not 365-day blocks: bought on 2023-11-30 is exactly 3 years on 2026-11-30.
    const cutoff = addYears(referenceDate, -settings.oldDeviceYears);
    const old = known.filter((d) => (d.purchaseDate ?? referenceDate) < cutoff);
    return {
      value: percent(old.length, known.length),
      basis: known.length,
      evidence: old.map((d) => d.key),
      breakdown: countBy(old, (d) => d.kind),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known.length }),
    };
  },
};
