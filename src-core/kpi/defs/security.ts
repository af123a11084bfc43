import type { Device } from '@core/model/device';
import { daysBetween } from '@core/reference/dates';
import type { OsCatalogue } from '@core/reference/os-catalogue';
import { assessOs } from '@core/reference/os-support';
import type { OsStatus } from '@core/reference/os-support';
import { patchDate } from '@core/reference/patch-age';

import { caveats, countBy, missing, needImport, percent } from '../results';
import type { KpiCaveat, KpiComputation, KpiDefinition, KpiInput } from '../types';

/** A catalogue a season older than the reference date misses releases: say so. */
const CATALOGUE_GRACE_DAYS = 90;

function catalogueLag(catalogue: OsCatalogue | null, referenceDate: string): KpiCaveat {
  const lag = catalogue ? daysBetween(catalogue.snapshotDate, referenceDate) : 0;
  return { code: 'catalogue-older-than-reference', count: lag > CATALOGUE_GRACE_DAYS ? lag : 0 };
}

export const stalePatch: KpiDefinition = {
  id: 'sec.stale-patch',
  category: 'security',
  label: { fr: 'Appareils non patchés depuis 3 mois', en: 'Devices unpatched for 3 months' },
  definition: {
    fr:
      'Part des appareils dont le dernier correctif de sécurité (niveau de patch Android, ou ' +
      'date de sortie de la version installée) a plus de 90 jours (réglable).',
    en:
      'Share of devices whose newest security fix (Android patch level, or release date of ' +
      'the installed build) is more than 90 days old (adjustable).',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 5, amberLimit: 15, source: 'fleetaudit' },
  compute({ devices, catalogue, referenceDate, settings }) {
    const options = { windowsTrack: settings.windowsTrack };
    const dated = devices.flatMap((device) => {
      const patch = patchDate(device, catalogue, options);
      return patch.date ? [{ device, age: daysBetween(patch.date, referenceDate) }] : [];
    });
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

function assessFleet(input: KpiInput): Assessed[] | KpiComputation {
  const { catalogue, devices, referenceDate, settings } = input;
  if (!catalogue) return missing('no-os-catalogue', { kind: 'reference', file: 'os-catalogue' });

  const options = {
    windowsTrack: settings.windowsTrack,
    upgradeGraceDays: settings.osUpgradeGraceDays,
    staleFixDays: settings.staleFixDays,
  };
  const assessed = devices
    .map((device) => ({
      device,
      status: assessOs(catalogue, device.platform, device.osVersion, referenceDate, options).status,
    }))
    .filter((a) => a.status !== 'unknown');

  if (assessed.length === 0) return missing('no-os-versions', needImport('devices', 'osVersion'));
  return assessed;
}

function osShare(input: KpiInput, counted: readonly OsStatus[]): KpiComputation {
  const assessed = assessFleet(input);
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
  id: 'sec.os-unsupported',
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
  id: 'sec.os-outdated',
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
