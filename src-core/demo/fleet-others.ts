// Tablets and laptops, which mostly go to people who already have a company phone, and the old
// phones nobody retired after a replacement.

import { SITES, departmentByCode } from './client';
import { buildDevice } from './device-build';
import { canGoSilent, enrolmentDate, purchaseDate } from './device-life';
import { addDays, laterOf } from './dates';
import { SHARES } from './mix';
import { chooseModel } from './model-choice';
import { MODELS } from './models';
import type { DemoContext } from './context';
import type { FleetDevice } from './fleet-device';
import type { Person } from './people';

const TABLETS = MODELS.filter((m) => m.kind === 'tablet');
const LAPTOPS = MODELS.filter((m) => m.kind === 'laptop');

/** Share of tablets given to a salesperson or manager; the rest are shared on warehouse docks. */
const PERSONAL_TABLET = 0.6;

/** Share of older laptops never moved to Windows 11. */
const LEFT_ON_WINDOWS_10 = 0.22;

/** An iPad, for a salesperson or shared on a dock; most have a data line. */
export function tablet(context: DemoContext, colleagues: readonly Person[]): FleetDevice {
  const { random, referenceDate } = context;

  const sales = colleagues.filter((p) => p.department.tier === 'heavy');
  const person = random.chance(PERSONAL_TABLET) ? random.pick(sales) : null;
  const department = person?.department ?? departmentByCode('LOG');
  const site = person?.site ?? random.weighted(SITES.map((s) => [s, s.weight] as const));

  const boughtOn = purchaseDate(random, referenceDate);
  const segments = person ? { standard: 60, premium: 40 } : { standard: 1 };
  const model = chooseModel(random, TABLETS, segments, boughtOn);
  const enrolledAt = enrolmentDate(random, boughtOn, referenceDate);
  const cellular = random.chance(SHARES.cellularTablet);

  const device = buildDevice(context, {
    model,
    person,
    department,
    site,
    name: person ? `iPad de ${person.firstName}` : `iPad Quai ${random.int(1, 24)} ${site.code}`,
    ownership: 'COBO',
    boughtOn,
    enrolledAt,
    cellular,
    withLine: cellular,
    ghost: canGoSilent(enrolledAt, referenceDate) && random.chance(SHARES.ghost),
    os: {},
  });

  return { device, person, department, site, lineUse: cellular ? 'tablet' : null };
}

/** Windows laptops for office staff who also hold a company phone. */
export function laptops(
  context: DemoContext,
  colleagues: readonly Person[],
  count: number,
): FleetDevice[] {
  const { random } = context;
  const office = colleagues.filter((p) => p.department.headOffice || p.department.tier !== 'light');

  return random.sample(office, count).map((person) => laptop(context, person));
}

function laptop(context: DemoContext, person: Person): FleetDevice {
  const { random, referenceDate } = context;
  const { department, site } = person;

  const boughtOn = purchaseDate(random, referenceDate);
  const segments = department.code === 'DG' ? { premium: 1 } : { standard: 80, premium: 20 };
  const model = chooseModel(random, LAPTOPS, segments, boughtOn);
  const enrolledAt = enrolmentDate(random, boughtOn, referenceDate);
  const onWindows10 = model.firstOs === 10 && random.chance(LEFT_ON_WINDOWS_10);
  const ring = random.weighted([
    [22631, 18],
    [26100, 70],
    [26200, 12],
  ]);

  const device = buildDevice(context, {
    model,
    person,
    department,
    site,
    name: `BRV-${site.code}-L${String(random.int(1, 9999)).padStart(4, '0')}`,
    ownership: 'COBO',
    boughtOn,
    enrolledAt,
    cellular: false,
    withLine: false,
    ghost: canGoSilent(enrolledAt, referenceDate) && random.chance(SHARES.ghost),
    os: onWindows10
      ? { windows: 10, windowsNewestBuild: 19045 }
      : { windows: 11, windowsNewestBuild: ring },
  });

  return { device, person, department, site, lineUse: null };
}

/** The phone a user had before their current one, still enrolled and carrying the same number. */
export function supersededPhone(context: DemoContext, current: FleetDevice): FleetDevice {
  const { random, referenceDate } = context;
  const { person, department, site } = current;

  const replacedOn = current.device.purchaseDate ?? referenceDate;
  const oldest = addDays(referenceDate, -6 * 365);
  const boughtOn = laterOf(addDays(replacedOn, -random.int(900, 1300)), oldest);
  const phones = MODELS.filter(
    (m) => m.platform === current.device.platform && m.kind === 'smartphone',
  );
  const model = chooseModel(random, phones, { standard: 1, rugged: 1 }, boughtOn);
  const enrolledAt = enrolmentDate(random, boughtOn, referenceDate);

  const device = buildDevice(context, {
    model,
    person,
    department,
    site,
    name: person ? `${model.model} de ${person.firstName}` : model.model,
    ownership: current.device.ownership,
    boughtOn,
    enrolledAt,
    cellular: true,
    withLine: false,
    ghost: true,
    os: {},
  });

  return {
    device: { ...device, phoneNumber: current.device.phoneNumber },
    person,
    department,
    site,
    lineUse: null,
  };
}
