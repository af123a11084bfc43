// Turns what the fleet planner decided about a device into the record an MDM export would hold.

import { complianceState, lastCheckIn, lastUpdate, osState } from './device-life';
import { laterOf } from './dates';
import { SHARES } from './mix';
import type { Department, Site } from './client';
import type { DemoContext } from './context';
import type { OsChoice } from './device-life';
import type { DeviceModel } from './models';
import type { Person } from './people';
import type { Device, Ownership } from '../model/device';
import type { IsoDate } from '../model/ids';

export interface DeviceSpec {
  model: DeviceModel;
  /** Null for shared and stock devices. */
  person: Person | null;
  department: Department;
  site: Site;
  name: string;
  ownership: Ownership;
  /** Null for personal devices: the company did not buy them. */
  boughtOn: IsoDate | null;
  enrolledAt: IsoDate;
  cellular: boolean;
  withLine: boolean;
  ghost: boolean;
  os: OsChoice;
}

/** Cellular iPads cost more than the Wi-Fi model the catalogue prices. */
const CELLULAR_SURCHARGE = 150;

/** The MDM record for a planned device. */
export function buildDevice(context: DemoContext, spec: DeviceSpec): Device {
  const { random, ids, referenceDate } = context;
  const { model, person } = spec;
  // A reference date before the catalogue could pick a model not yet out: buy it on launch day.
  const boughtOn = spec.boughtOn === null ? null : laterOf(spec.boughtOn, model.released);
  const enrolledAt = boughtOn === null ? spec.enrolledAt : laterOf(spec.enrolledAt, boughtOn);

  const seen = lastCheckIn(random, enrolledAt, referenceDate, spec.ghost);
  const updated = laterOf(lastUpdate(random, seen, referenceDate), enrolledAt);
  const os = osState(model, updated, spec.os);
  const compliance = complianceState(random, spec.ghost, os.securityPatch, referenceDate);

  const serial = ids.serial(model.manufacturer);
  const imei = spec.cellular ? ids.imei(model.model) : null;
  const mdmId = ids.mdmId();

  return {
    key: serial,
    mdmId,
    name: spec.name,
    serial,
    imei,
    phoneNumber: spec.withLine ? ids.mobileNumber() : null,
    manufacturer: model.manufacturer,
    model: model.model,
    kind: model.kind,
    platform: model.platform,
    osVersion: os.osVersion,
    securityPatch: os.securityPatch,
    ownership: spec.ownership,
    userName: person?.fullName ?? null,
    userEmail: person?.email ?? null,
    department: spec.department.name,
    site: spec.site.name,
    purchaseDate: boughtOn,
    purchasePrice: boughtOn === null ? null : purchasePrice(context, spec),
    enrolledAt,
    lastCheckIn: seen,
    compliance,
    managed: !random.chance(SHARES.unmanaged),
  };
}

function purchasePrice(context: DemoContext, spec: DeviceSpec): number {
  const listPrice =
    spec.model.price + (spec.cellular && spec.model.kind === 'tablet' ? CELLULAR_SURCHARGE : 0);
  const negotiated = listPrice * context.random.between(0.88, 1.03);

  return Math.round(negotiated * 100) / 100;
}
