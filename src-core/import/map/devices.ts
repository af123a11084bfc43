import type { Device } from '@core/model/device';

import { booleanFrom, complianceFrom, kindFrom, ownershipFrom, platformFromOs } from './enums';
import type { RowReader } from './cells';
import { DEVICE_SHAPE } from './shapes';
import { validatedRow } from './validated';

// The row builders of every dataset import it from here.
export { validated } from './validated';

/** What a device export implies beyond its cells. */
export interface DeviceDefaults {
  /** Platform when there is no OS column (Jamf computers are Macs). */
  platform?: Device['platform'];
  /** True when every row is a device the MDM manages. */
  managed?: boolean;
  corporateAs?: 'COBO' | 'COPE';
}

/**
 * Builds one device from a row: key = serial, else IMEI, else the MDM's own id; platform from
 * the OS label; ownership and compliance labels to the model's states. Null when rejected.
 */
export function toDevice(cells: RowReader, defaults: DeviceDefaults): Device | null {
  const serial = cells.text('serial');
  const imei = cells.imei('imei');
  const mdmId = cells.text('mdmId');
  const key = serial ?? imei ?? mdmId;

  if (!key) {
    cells.reject('import-row-no-key');
    return null;
  }

  const model = cells.text('model');
  const os = cells.text('os');
  // Without an OS column the source's platform stands, refined by the model (an iPad runs iPadOS).
  const platform = platformFromOs(os ?? defaults.platform ?? '', model ?? '');
  const managedLabel = cells.text('managed');

  const device = {
    key,
    mdmId,
    name: cells.text('name'),
    serial,
    imei,
    phoneNumber: cells.phone('phoneNumber'),
    manufacturer: cells.text('manufacturer'),
    model,
    kind: kindFrom(cells.text('deviceType') ?? '', model ?? '', platform),
    platform,
    osVersion: cells.text('osVersion'),
    securityPatch: cells.date('securityPatch'),
    ownership: ownershipFrom(cells.text('ownership') ?? '', defaults.corporateAs),
    userName: cells.text('userName'),
    userEmail: firstOf(cells.text('userEmail')),
    department: cells.text('department'),
    site: cells.text('site'),
    purchaseDate: cells.date('purchaseDate'),
    purchasePrice: cells.amount('purchasePrice'),
    enrolledAt: cells.date('enrolledAt'),
    lastCheckIn: cells.date('lastCheckIn'),
    compliance: complianceFrom(cells.text('compliance') ?? ''),
    managed: (managedLabel ? booleanFrom(managedLabel) : null) ?? defaults.managed ?? false,
  };

  return validatedRow(device, DEVICE_SHAPE, cells);
}

// Google lists several addresses in one cell: the first is the device's user.
function firstOf(list: string | null): string | null {
  return list ? (list.split(/[;,]\s*/)[0] ?? null) : null;
}
