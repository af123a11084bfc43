import type { Device } from '@core/model/device';
import { dayNumber, isoDayNumber } from '@core/reference/dates';

import { perInput } from '../per-input';
import { caveats, countBy, missing, needImport, percent } from '../results';
import type { KpiComputation, KpiDefinition, KpiInput } from '../types';

export const complianceRate: KpiDefinition = {
  id: 'devices.complianceRate',
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
    let known = 0;
    const failing: Device[] = [];
    for (const device of devices) {
      if (device.compliance === 'unknown') continue;
      known += 1;
      if (device.compliance !== 'compliant') failing.push(device);
    }
    if (known === 0) {
      return missing('no-compliance-state', needImport('devices', 'compliance'));
    }

    return {
      value: percent(known - failing.length, known),
      basis: known,
      evidence: failing.map((d) => d.key),
      breakdown: countBy(failing, (d) => d.compliance),
      caveats: caveats({ code: 'rows-without-data', count: devices.length - known }),
    };
  },
};

/** Devices with a check-in date and the day of it, side by side: no object per device. */
interface CheckIns {
  seen: Device[];
  days: number[];
}

// The stale and the ghost rates read the same check-in days, with different thresholds.
const checkInsOf = perInput(({ devices }): CheckIns => {
  const found: CheckIns = { seen: [], days: [] };
  for (const device of devices) {
    const day = isoDayNumber(device.lastCheckIn);
    if (day === null) continue;
    found.seen.push(device);
    found.days.push(day);
  }
  return found;
});

/** Devices with a check-in date, and those whose check-in is more than `days` old. */
function checkInShare(input: KpiInput, days: number): KpiComputation {
  const { devices, referenceDate } = input;
  const { seen, days: checkedIn } = checkInsOf(input);
  if (seen.length === 0) return missing('no-check-in-dates', needImport('devices', 'lastCheckIn'));

  const today = dayNumber(referenceDate);
  const late: string[] = [];
  seen.forEach((device, at) => {
    if (today - checkedIn[at] > days) late.push(device.key);
  });
  return {
    value: percent(late.length, seen.length),
    basis: seen.length,
    evidence: late,
    caveats: caveats({ code: 'rows-without-data', count: devices.length - seen.length }),
  };
}

export const staleRate: KpiDefinition = {
  id: 'devices.staleRate',
  category: 'operational',
  label: { fr: 'Appareils sans synchro depuis 30 jours', en: 'Devices silent for 30 days' },
  definition: {
    fr:
      'Part des appareils dont la dernière synchronisation MDM précède de plus de 30 jours ' +
      '(réglable) la date de référence, parmi ceux qui en ont une.',
    en:
      'Share of devices whose last MDM check-in is more than 30 days (adjustable) before the ' +
      'reference date, among those that have one.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 5, amberLimit: 10, source: 'fleetaudit' },
  compute: (input) => checkInShare(input, input.settings.staleAfterDays),
};

export const ghostDevices: KpiDefinition = {
  id: 'devices.ghostRate',
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
  compute(input) {
    const { settings } = input;
    const share = checkInShare(input, settings.ghostAfterDays);
    if (share.value === null) return share;

    return { ...share, monthlyStake: share.evidence.length * settings.mdmLicencePerDeviceMonth };
  },
};
