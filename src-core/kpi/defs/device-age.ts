import type { Device } from '@core/model/device';
import { dayNumber, isIsoDate } from '@core/reference/dates';

import { caveats, countBy, mean, missing, needImport, percent } from '../results';
import { perInput } from '../per-input';
import type { KpiComputation, KpiDefinition } from '../types';

const DAYS_PER_YEAR = 365.25;

interface Aged {
  device: Device;
  /** Days from its purchase (else enrolment) date to the reference date. */
  days: number;
}

/**
 * Devices with a purchase date, else an enrolment date, on or before the reference date (a
 * later date is an input error), with their age in days.
 */
function aged(devices: readonly Device[], referenceDate: string): Aged[] {
  const today = dayNumber(referenceDate);
  const found: Aged[] = [];
  for (const device of devices) {
    const date = isIsoDate(device.purchaseDate) ? device.purchaseDate : device.enrolledAt;
    if (isIsoDate(date) && date <= referenceDate) {
      found.push({ device, days: today - dayNumber(date) });
    }
  }
  return found;
}

// The average age and the share of old devices read the same list.
const agedOf = perInput((input) => aged(input.devices, input.referenceDate));

const noDates = (): KpiComputation =>
  missing('no-purchase-dates', needImport('devices', 'purchaseDate', 'enrolledAt'));

/** Mean age in years per device kind. */
function meanAgeByKind(known: readonly Aged[]): Record<string, number> {
  const byKind = new Map<string, { days: number; count: number }>();
  for (const { device, days } of known) {
    const kind = byKind.get(device.kind) ?? { days: 0, count: 0 };
    kind.days += days;
    kind.count += 1;
    byKind.set(device.kind, kind);
  }
  return Object.fromEntries(
    [...byKind].map(([kind, { days, count }]) => [kind, days / count / DAYS_PER_YEAR]),
  );
}

export const averageAge: KpiDefinition = {
  id: 'devices.averageAgeYears',
  category: 'operational',
  label: { fr: 'Âge moyen du parc', en: 'Average fleet age' },
  definition: {
    fr:
      'Moyenne, en années de 365,25 jours, du temps écoulé depuis la date d’achat (à défaut ' +
      'd’enrôlement) jusqu’à la date de référence.',
    en:
      'Mean time, in years of 365.25 days, from purchase date (else enrolment date) to the ' +
      'reference date.',
  },
  unit: 'years',
  target: null,
  compute(input) {
    const { devices } = input;
    const known = agedOf(input);
    if (known.length === 0) return noDates();

    return {
      value: mean(known.map((a) => a.days)) / DAYS_PER_YEAR,
      basis: known.length,
      evidence: known.map((a) => a.device.key),
      breakdown: meanAgeByKind(known),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known.length }),
    };
  },
};

export const oldDevices: KpiDefinition = {
  id: 'devices.olderThan3YearsRate',
  category: 'operational',
  label: { fr: 'Appareils de plus de 3 ans', en: 'Devices older than 3 years' },
  definition: {
    fr:
      'Part des appareils datés (achat, à défaut enrôlement) dont l’âge dépasse 3 ans ' +
      '(réglable) de 365,25 jours.',
    en:
      'Share of dated devices (purchase, else enrolment) whose age exceeds 3 years ' +
      '(adjustable) of 365.25 days.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 30, amberLimit: 50, source: 'fleetaudit' },
  compute(input) {
    const { devices, settings } = input;
    const known = agedOf(input);
    if (known.length === 0) return noDates();

    // The same yardstick as the average age, so both KPIs agree on who is old.
    const limit = settings.oldDeviceYears * DAYS_PER_YEAR;
    const old = known.filter((a) => a.days > limit).map((a) => a.device);
    return {
      value: percent(old.length, known.length),
      basis: known.length,
      evidence: old.map((d) => d.key),
      breakdown: countBy(old, (d) => d.kind),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known.length }),
    };
  },
};
