// Lines carried by enrolled devices: the number the MDM reports, the plan the team needs, and a
// usage that matches what the device does (a phone gone silent often has a silent line too).

import { daysBetween, monthOf, monthsBetween } from './dates';
import { drawPattern, maybeSuspend, toPlannedLine, usageProfile } from './line-plan';
import { SHARES } from './mix';
import { chooseOperator, largerUse, planFor } from './plans';
import type { DemoContext } from './context';
import type { FleetDevice } from './fleet-device';
import type { PlannedLine, UsageProfile } from './line-plan';
import type { PlanUse } from './plans';
import type { Device } from '../model/device';
import type { IsoDate } from '../model/ids';

/** The line of a device that carries one. */
export function lineForDevice(context: DemoContext, item: FleetDevice, use: PlanUse): PlannedLine {
  const { random, ids } = context;
  const { device, person } = item;

  const usage = deviceLineUsage(context, device);
  const operator = chooseOperator(random, item.site);
  // Under-used phone lines are usually on a plan a size too big for their user.
  const planUse = usage.pattern === 'underUsed' ? largerUse(use) : use;

  const draft = maybeSuspend(context, {
    number: device.phoneNumber ?? ids.mobileNumber(),
    operator,
    plan: planFor(operator, planUse),
    holder: person?.fullName ?? device.name,
    email: person?.email ?? null,
    department: item.department,
    site: item.site,
    status: 'active',
    imei: operatorSeenImei(context, device),
    usage,
  });

  return toPlannedLine(context, draft);
}

function deviceLineUsage(context: DemoContext, device: Device): UsageProfile {
  const { random, referenceDate } = context;
  const seen = device.lastCheckIn ?? referenceDate;

  if (daysBetween(seen, referenceDate) >= 90 && random.chance(SHARES.ghostLineIdle)) {
    return usageProfile(context, 'idle', silentMonths(seen, referenceDate));
  }

  if (random.chance(SHARES.idleOnActiveDevice)) {
    return usageProfile(context, 'idle', random.int(3, 6));
  }

  return usageProfile(context, drawPattern(context));
}

/** Billing months after the last check-in's month; at least three for a device gone silent. */
function silentMonths(seen: IsoDate, referenceDate: IsoDate): number {
  const months = monthsBetween(monthOf(seen), monthOf(referenceDate)) - 1;

  return Math.min(12, Math.max(3, months));
}

/** Operators report the handset in the SIM; a few show another one, or none. */
function operatorSeenImei(context: DemoContext, device: Device): string | null {
  const { random, ids } = context;
  if (random.chance(SHARES.imeiMismatch)) return ids.imei(device.model ?? 'unknown');

  return random.chance(0.03) ? null : device.imei;
}
