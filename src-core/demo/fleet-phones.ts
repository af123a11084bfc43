// Smartphones: company phones chosen by how much each team relies on them, and the staff's own
// phones enrolled to read company mail.

import { SITES, departmentByCode } from './client';
import { buildDevice } from './device-build';
import { canGoSilent, enrolmentDate, mdmMigrationDate, purchaseDate } from './device-life';
import { addDays } from './dates';
import { SHARES } from './mix';
import { chooseModel } from './model-choice';
import { MODELS } from './models';
import type { Department } from './client';
import type { DemoContext } from './context';
import type { FleetDevice } from './fleet-device';
import type { SegmentWeights } from './model-choice';
import type { DeviceModel } from './models';
import type { DevicePlatform } from '../model/device';

type Tier = Department['tier'];

/** Managers and sales favour iPhones; warehouse teams get cheaper or rugged Android phones. */
const IOS_SHARE: Record<Tier, number> = { light: 0.2, medium: 0.5, heavy: 0.65 };

const PHONE_SEGMENTS: Record<Tier, SegmentWeights> = {
  light: { rugged: 45, standard: 55 },
  medium: { standard: 85, premium: 15 },
  heavy: { standard: 40, premium: 60 },
};

/** Share of iPhones kept on iOS 18 by their users or by a deferral policy. */
const HELD_ON_IOS_18 = 0.1;

function phones(platform: DevicePlatform): DeviceModel[] {
  return MODELS.filter((m) => m.kind === 'smartphone' && m.platform === platform);
}

/** A company smartphone: with its user's line, or in stock at the IT team without one. */
export function companyPhone(context: DemoContext): FleetDevice {
  const { random, people, referenceDate } = context;

  const inStock = random.chance(SHARES.phoneWithoutLine);
  const person = inStock ? null : people.next();
  const department = person?.department ?? departmentByCode('DSI');
  const site = person?.site ?? random.pick(SITES);

  const boughtOn = purchaseDate(random, referenceDate);
  const platform = random.chance(IOS_SHARE[department.tier]) ? 'ios' : 'android';
  const segments = PHONE_SEGMENTS[department.tier];
  const model = chooseModel(random, phones(platform), segments, boughtOn);
  const enrolledAt = enrolmentDate(random, boughtOn, referenceDate);

  const device = buildDevice(context, {
    model,
    person,
    department,
    site,
    name: person ? `${model.model} de ${person.firstName}` : `Stock DSI ${random.int(1, 60)}`,
    ownership: department.tier === 'light' && random.chance(0.6) ? 'COBO' : 'COPE',
    boughtOn,
    enrolledAt,
    cellular: true,
    withLine: !inStock,
    ghost: canGoSilent(enrolledAt, referenceDate) && random.chance(SHARES.ghost),
    os: { appleMajorCap: random.chance(HELD_ON_IOS_18) ? 18 : undefined },
  });

  return { device, person, department, site, lineUse: inStock ? null : department.tier };
}

/** A member of staff's own phone: no purchase price, no company line. */
export function personalPhone(context: DemoContext): FleetDevice {
  const { random, people, referenceDate } = context;

  const person = people.next();
  const enrolledAt = random.date(mdmMigrationDate(referenceDate), addDays(referenceDate, -3));
  // Staff enrol the phone they already have, often a year or two old.
  const boughtOn = addDays(enrolledAt, -random.int(0, 700));

  const platform = random.chance(0.55) ? 'ios' : 'android';
  const segments = { standard: 40, premium: 35, personal: 25 };
  const model = chooseModel(random, phones(platform), segments, boughtOn);

  const device = buildDevice(context, {
    model,
    person,
    department: person.department,
    site: person.site,
    name: `${model.model} de ${person.firstName}`,
    ownership: 'BYOD',
    boughtOn: null,
    enrolledAt,
    cellular: true,
    withLine: false,
    ghost: canGoSilent(enrolledAt, referenceDate) && random.chance(SHARES.ghost),
    os: {},
  });

  return { device, person, department: person.department, site: person.site, lineUse: null };
}
