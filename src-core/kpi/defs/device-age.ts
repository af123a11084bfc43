import type { Device } from '@core/model/device';
import { dayNumber, isoDayNumber } from '@core/reference/dates';

import { caveats, countBy, mean, missing, needImport, percent } from '../results';
import { perInput } from '../per-input';
import type { KpiComputation, KpiDefinition } from '../types';

const DAYS_PER_YEAR = 365.25;

/** The dated devices' keys, kinds and ages side by side: no object per device. */
interface Aged {
  keys: string[];
  kinds: string[];
  /** Days from each one's purchase (else enrolment) date to the reference date. */
  days: number[];
}

/**
 * Devices with a purchase date, else an enrolment date, on or before the reference date (a
 * later date is an input error), with their age in days.
 */
function aged(devices: readonly Device[], referenceDate: string): Aged {
  const today = dayNumber(referenceDate);
  const found: Aged = { keys: [], kinds: [], days: [] };
  for (const device of devices) {
    let date = device.purchaseDate;
    let day = isoDayNumber(date);
    if (day === null) {
      date = device.enrolledAt;
      day = isoDayNumber(date);
    }

    // A non-null day means the date is a string.
    if (day !== null && (date as string) <= referenceDate) {
      found.keys.push(device.key);
      found.kinds.push(device.kind);
      found.days.push(today - day);
    }
  }
  return found;
}

// The average age and the share of old devices read the same list.
const agedOf = perInput((input) => aged(input.devices, input.referenceDate));

const noDates = (): KpiComputation =>
  missing('no-purchase-dates', needImport('devices', 'purchaseDate', 'enrolledAt'));

/** Mean age in years per device kind. */
function meanAgeByKind(known: Aged): Record<string, number> {
  const byKind = new Map<string, { days: number; count: number }>();
  known.kinds.forEach((name, at) => {
    let kind = byKind.get(name);
    if (!kind) {
      kind = { days: 0, count: 0 };
      byKind.set(name, kind);
    }
    kind.days += known.days[at];
    kind.count += 1;
  });
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
    const count = known.keys.length;
    if (count === 0) return noDates();

    return {
      value: mean(known.days) / DAYS_PER_YEAR,
      basis: count,
      // The list is shared with the share of old devices: the result gets its own copy.
      evidence: known.keys.slice(),
      breakdown: meanAgeByKind(known),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - count }),
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
    const count = known.keys.length;
    if (count === 0) return noDates();

    // The same yardstick as the average age, so both KPIs agree on who is old.
    const limit = settings.oldDeviceYears * DAYS_PER_YEAR;
    const old: string[] = [];
    const oldKinds: string[] = [];
    known.days.forEach((days, at) => {
      if (days > limit) {
        old.push(known.keys[at]);
        oldKinds.push(known.kinds[at]);
      }
    });
    return {
      value: percent(old.length, count),
      basis: count,
      evidence: old,
      breakdown: countBy(oldKinds, (kind) => kind),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - count }),
    };
  },
};
