// Reads the bundled reference files as the app ships them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { DeviceSupport } from '@core/reference/device-support';
import { restoreDeviceSupport } from '@core/reference/device-support';
import type { Footprints } from '@core/reference/footprints';
import { restoreFootprints } from '@core/reference/footprints';
import type { OsCatalogue } from '@core/reference/os-catalogue';
import { restoreOsCatalogue } from '@core/reference/os-catalogue';

const folder = resolve(import.meta.dirname, '../../../../resources/reference');

/** The raw JSON of a bundled reference file. */
export function readBundled(name: string): unknown {
  return JSON.parse(readFileSync(resolve(folder, name), 'utf8'));
}

/** The bundled OS catalogue, validated. */
export function bundledCatalogue(): OsCatalogue {
  return restoreOsCatalogue(readBundled('os-catalogue.json'));
}

/** The bundled footprint factors, validated. */
export function bundledFootprints(): Footprints {
  return restoreFootprints(readBundled('device-footprints.json'));
}

/** The bundled per-model support ends, validated. */
export function bundledDeviceSupport(): DeviceSupport {
  return restoreDeviceSupport(readBundled('device-support.json'));
}
