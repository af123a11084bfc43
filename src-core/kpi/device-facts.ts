import type { Device } from '@core/model/device';
import type { ModelSupport } from '@core/reference/device-support';
import { modelSupportFor } from '@core/reference/device-support-lookup';
import { footprintFor } from '@core/reference/footprint-lookup';
import type { DeviceFootprint } from '@core/reference/footprint-lookup';
import { assessOs } from '@core/reference/os-support';
import type { OsSupport } from '@core/reference/os-support';
import { patchDate } from '@core/reference/patch-age';
import type { PatchDate } from '@core/reference/patch-age';

import type { KpiInput } from './types';

// A fleet of 50,000 devices holds a few hundred distinct (platform, OS version) pairs and a few
// hundred models: the catalogue lookups are made once per pair or model and per computation,
// and shared by every KPI that reads them (the input object identifies the computation).

export interface DeviceFacts {
  /** OS support status of a device's installed version at the reference date. */
  osSupport: (device: Device) => OsSupport;
  /** Date of a device's newest security fix, when it can be had. */
  patch: (device: Device) => PatchDate;
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

type KeyField = (device: Device) => string;

/**
 * Remembers `look` per combination of the device's key fields. Nested maps on the fields' own
 * strings avoid building (and hashing) a joined key, or even a list of keys, for each of 50,000
 * devices.
 */
function memo<T>(fields: readonly KeyField[], look: (device: Device) => T) {
  const root = new Map<string, unknown>();
  const last = fields.length - 1;
  return (device: Device): T => {
    let level = root;
    for (let i = 0; i < last; i++) {
      const key = fields[i](device);
      let next = level.get(key) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map<string, unknown>();
        level.set(key, next);
      }
      level = next;
    }

    const key = fields[last](device);
    const known = level.get(key) as T | undefined;
    if (known !== undefined || level.has(key)) return known as T;
    const value = look(device);
    level.set(key, value);
    return value;
  };
}

function buildFacts(input: KpiInput): DeviceFacts {
  const { catalogue, deviceSupport, footprints, referenceDate, settings } = input;
  const osKey: KeyField[] = [(d) => d.platform, (d) => d.osVersion ?? ''];
  const supportOptions = {
    windowsTrack: settings.windowsTrack,
    upgradeGraceDays: settings.osUpgradeGraceDays,
    staleFixDays: settings.staleFixDays,
  };
  const unknownOs: OsSupport = { status: 'unknown', reason: 'no-version', cycle: null };

  const osSupport = memo(osKey, (d) =>
    catalogue
      ? assessOs(catalogue, d.platform, d.osVersion, referenceDate, supportOptions)
      : unknownOs,
  );
  // A patch level given by the inventory is the device's own: only the catalogue date is shared.
  const catalogueDate = memo(osKey, (d) =>
    patchDate({ ...d, securityPatch: null }, catalogue, supportOptions),
  );
  const patch = (d: Device): PatchDate =>
    d.securityPatch ? patchDate(d, catalogue, supportOptions) : catalogueDate(d);

  const modelKey: KeyField[] = [(d) => d.kind, (d) => d.manufacturer ?? '', (d) => d.model ?? ''];
  const footprint = memo(modelKey, (d) => (footprints ? footprintFor(d, footprints) : null));
  const modelSupport = memo(modelKey, (d) =>
    deviceSupport ? modelSupportFor(d, deviceSupport) : null,
  );

  return { osSupport, patch, footprint, modelSupport };
}
