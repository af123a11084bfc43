import type { Device } from '@core/model/device';
import { dayNumber, daysBetween } from '@core/reference/dates';
import type { OsCatalogue } from '@core/reference/os-catalogue';
import type { OsStatus } from '@core/reference/os-support';

import { deviceFacts } from '../device-facts';
import { PairCounts } from '../pair-counts';
import { caveats, countBy, missing, needImport, percent } from '../results';
import { perInput } from '../per-input';
import type { KpiCaveat, KpiComputation, KpiDefinition, KpiInput } from '../types';

/** A catalogue a season older than the reference date misses releases: say so. */
const CATALOGUE_GRACE_DAYS = 90;

function catalogueLag(catalogue: OsCatalogue | null, referenceDate: string): KpiCaveat {
  const lag = catalogue ? daysBetween(catalogue.snapshotDate, referenceDate) : 0;
  return { code: 'catalogue-older-than-reference', count: lag > CATALOGUE_GRACE_DAYS ? lag : 0 };
}

export const stalePatch: KpiDefinition = {
  id: 'devices.osOutdatedRate',
  category: 'security',
  label: { fr: 'Correctifs de plus de 90 jours', en: 'Patch level over 90 days old' },
  definition: {
    fr:
      'Parmi les appareils dont le niveau de correctif se date (date du correctif de sécurité, ' +
      'sinon sortie de la version installée d’après le catalogue), part de ceux où il précède ' +
      'de plus de 90 jours (réglable) la date de référence.',
    en:
      'Among devices whose patch level can be dated (security patch date, else release of the ' +
      'installed build in the catalogue), share of those where it is more than 90 days ' +
      '(adjustable) before the reference date.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 5, amberLimit: 15, source: 'fleetaudit' },
  compute(input) {
    const { devices, catalogue, referenceDate, settings } = input;
    const { patchDay } = deviceFacts(input);
    const today = dayNumber(referenceDate);
    const stale: Device[] = [];
    let dated = 0;
    for (const device of devices) {
      const day = patchDay(device);
      if (day === null) continue;
      dated += 1;
      if (today - day > settings.patchMaxAgeDays) stale.push(device);
    }
    if (dated === 0) {
      return missing('no-patch-dates', needImport('devices', 'securityPatch', 'osVersion'));
    }

    return {
      value: percent(stale.length, dated),
      basis: dated,
      evidence: stale.map((d) => d.key),
      breakdown: countBy(stale, (d) => d.platform),
      caveats: caveats(
        { code: 'rows-without-data', count: devices.length - dated },
        catalogueLag(catalogue, referenceDate),
      ),
    };
  },
};

/** Devices the catalogue can judge and their status, side by side: no object per device. */
interface Assessed {
  devices: Device[];
  statuses: OsStatus[];
}

// Two KPIs count over the same assessment of the fleet.
const assessedFleet = perInput(assessFleet);

function assessFleet(input: KpiInput): Assessed | KpiComputation {
  if (!input.catalogue) {
    return missing('no-os-catalogue', { kind: 'reference', file: 'os-catalogue' });
  }

  const { osSupport } = deviceFacts(input);
  const assessed: Assessed = { devices: [], statuses: [] };
  for (const device of input.devices) {
    const { status } = osSupport(device);
    if (status === 'unknown') continue;
    assessed.devices.push(device);
    assessed.statuses.push(status);
  }

  if (assessed.devices.length === 0) {
    return missing('no-os-versions', needImport('devices', 'osVersion'));
  }
  return assessed;
}

function isAssessed(value: Assessed | KpiComputation): value is Assessed {
  return 'statuses' in value;
}

function osShare(input: KpiInput, counted: readonly OsStatus[]): KpiComputation {
  const assessed = assessedFleet(input);
  if (!isAssessed(assessed)) return assessed;

  const { devices, statuses } = assessed;
  const evidence: string[] = [];
  const split = new PairCounts();
  devices.forEach((device, at) => {
    const status = statuses[at];
    if (!counted.includes(status)) return;
    evidence.push(device.key);
    split.add(device.platform, status);
  });

  return {
    value: percent(evidence.length, devices.length),
    basis: devices.length,
    evidence,
    breakdown: split.record(),
    caveats: caveats(
      { code: 'rows-without-data', count: input.devices.length - devices.length },
      catalogueLag(input.catalogue, input.referenceDate),
    ),
  };
}

export const osUnsupported: KpiDefinition = {
  id: 'devices.osUnsupportedRate',
  category: 'security',
  label: { fr: 'OS sans support de sécurité', en: 'OS out of security support' },
  definition: {
    fr:
      'Part des appareils dont la version d’OS a passé sa fin de support de sécurité, ou qui, ' +
      'dépassée et sans date de fin annoncée, n’a reçu aucun correctif depuis 180 jours.',
    en:
      'Share of devices whose OS version is past its end of security support, or is ' +
      'superseded, has no announced end and has had no fix for 180 days.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 1, amberLimit: 5, source: 'fleetaudit' },
  compute: (input) => osShare(input, ['unsupported']),
};

export const osOutdated: KpiDefinition = {
  id: 'devices.osBehindRate',
  category: 'security',
  label: { fr: 'OS en retard de version', en: 'Outdated OS' },
  definition: {
    fr:
      'Part des appareils qui ne sont pas sur la dernière version majeure sortie depuis plus ' +
      'de 90 jours (réglable), y compris ceux sans support.',
    en:
      'Share of devices not on the newest major release out for more than 90 days ' +
      '(adjustable), including those out of support.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 20, amberLimit: 40, source: 'fleetaudit' },
  compute: (input) => osShare(input, ['outdated', 'unsupported']),
};
