import type { Device } from '@core/model/device';
import { dayNumber, isIsoDate } from '@core/reference/dates';
import type { ModelSupport } from '@core/reference/device-support';
import { modelSupportFor } from '@core/reference/device-support-lookup';
import { footprintFor } from '@core/reference/footprint-lookup';
import type { DeviceFootprint } from '@core/reference/footprint-lookup';
import { assessOs } from '@core/reference/os-support';
import type { OsSupport } from '@core/reference/os-support';
import { patchDate } from '@core/reference/patch-age';
import type { PatchDate } from '@core/reference/patch-age';

import { byModel, byOsVersion, byPatchLevel, lookupRoot } from './lookup-memo';
import type { KpiInput } from './types';

// A fleet of 50,000 devices holds a few hundred distinct (platform, OS version) pairs and a few
// hundred models: the catalogue lookups are made once per pair or model (see lookup-memo.ts),
// and shared by every KPI that reads them (the input object identifies the computation).

export interface DeviceFacts {
  /** OS support status of a device's installed version at the reference date. */
  osSupport: (device: Device) => OsSupport;
  /** Day number (see dayNumber) of a device's newest security fix, when it can be had. */
  patchDay: (device: Device) => number | null;
  /** Manufacturing footprint of a device's model, else a median, when there is a catalogue. */
  footprint: (device: Device) => DeviceFootprint | null;
  /** Security support end of a device's model, when the catalogue knows the model. */
  modelSupport: (device: Device) => ModelSupport | null;
}

const facts = new WeakMap<KpiInput, DeviceFacts>();

/** The memoised catalogue lookups of one KPI computation. */
export function deviceFacts(input: KpiInput): DeviceFacts {
  let found = facts.get(input);
  if (!found) {
    found = buildFacts(input);
    facts.set(input, found);
  }
  return found;
}

function buildFacts(input: KpiInput): DeviceFacts {
  const { catalogue, deviceSupport, footprints, referenceDate, settings } = input;
  const supportOptions = {
    windowsTrack: settings.windowsTrack,
    upgradeGraceDays: settings.osUpgradeGraceDays,
    staleFixDays: settings.staleFixDays,
  };
  const options = JSON.stringify(supportOptions);
  const unknownOs: OsSupport = { status: 'unknown', reason: 'no-version', cycle: null };

  const osSupport = byOsVersion(lookupRoot(catalogue, `os ${referenceDate} ${options}`), (d) =>
    catalogue
      ? assessOs(catalogue, d.platform, d.osVersion, referenceDate, supportOptions)
      : unknownOs,
  );
  // A patch level given by the inventory is the device's own and depends on nothing else: it
  // is shared by devices reporting the same level, the catalogue date by the same OS version.
  const catalogueDay = byOsVersion(lookupRoot(catalogue, `patch ${options}`), (d) =>
    dayOf(patchDate({ ...d, securityPatch: null }, catalogue, supportOptions)),
  );
  const ownDay = byPatchLevel(new Map<string, unknown>(), (d) =>
    isIsoDate(d.securityPatch) ? dayOf(patchDate(d, catalogue, supportOptions)) : undefined,
  );
  const patchDay = (d: Device): number | null => ownDay(d) ?? catalogueDay(d);

  const footprint = byModel(lookupRoot(footprints, 'footprint'), (d) =>
    footprints ? footprintFor(d, footprints) : null,
  );
  const modelSupport = byModel(lookupRoot(deviceSupport ?? null, 'support'), (d) =>
    deviceSupport ? modelSupportFor(d, deviceSupport) : null,
  );

  return { osSupport, patchDay, footprint, modelSupport };
}

/** The fix's day; an empty date is no date, as everywhere a patch date is read. */
function dayOf(patch: PatchDate): number | null {
  return patch.date ? dayNumber(patch.date) : null;
}
