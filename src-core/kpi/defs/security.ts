import type { Device } from '@core/model/device';
import { daysBetween } from '@core/reference/dates';
import type { OsCatalogue } from '@core/reference/os-catalogue';
import type { OsStatus } from '@core/reference/os-support';

import { deviceFacts } from '../device-facts';
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
    const { patch: patchOf } = deviceFacts(input);
    const dated: Array<{ device: Device; age: number }> = [];
    for (const device of devices) {
      const patch = patchOf(device);
      if (patch.date) dated.push({ device, age: daysBetween(patch.date, referenceDate) });
    }
    if (dated.length === 0) {
      return missing('no-patch-dates', needImport('devices', 'securityPatch', 'osVersion'));
    }

    const stale = dated.filter((d) => d.age > settings.patchMaxAgeDays).map((d) => d.device);
    return {
      value: percent(stale.length, dated.length),
      basis: dated.length,
      evidence: stale.map((d) => d.key),
      breakdown: countBy(stale, (d) => d.platform),
      caveats: caveats(
        { code: 'rows-without-data', count: devices.length - dated.length },
        catalogueLag(catalogue, referenceDate),
      ),
    };
  },
};

interface Assessed {
  device: Device;
  status: OsStatus;
}

// Two KPIs count over the same assessment of the fleet.
const assessedFleet = perInput(assessFleet);

function assessFleet(input: KpiInput): Assessed[] | KpiComputation {
  if (!input.catalogue) {
    return missing('no-os-catalogue', { kind: 'reference', file: 'os-catalogue' });
  }

  const { osSupport } = deviceFacts(input);
  const assessed: Assessed[] = [];
  for (const device of input.devices) {
    const { status } = osSupport(device);
    if (status !== 'unknown') assessed.push({ device, status });
  }

  if (assessed.length === 0) return missing('no-os-versions', needImport('devices', 'osVersion'));
  return assessed;
}

function osShare(input: KpiInput, counted: readonly OsStatus[]): KpiComputation {
  const assessed = assessedFleet(input);
  if (!Array.isArray(assessed)) return assessed;

  const flagged = assessed.filter((a) => counted.includes(a.status));
  return {
    value: percent(flagged.length, assessed.length),
    basis: assessed.length,
    evidence: flagged.map((a) => a.device.key),
    breakdown: countBy(flagged, (a) => `${a.device.platform}:${a.status}`),
    caveats: caveats(
      { code: 'rows-without-data', count: input.devices.length - assessed.length },
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
