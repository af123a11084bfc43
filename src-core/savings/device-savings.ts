import type { Device } from '@core/model/device';
import { linkDevicesToLines } from '@core/reconcile';

import { cents, recommendation } from './assemble';
import { ageInMonths, byDeviceKind } from './device-age';
import { monthKeys, monthlyCharges } from './line-charges';
import type { CostWindow } from './line-charges';
import type { SavingDetail, SavingRecommendation, SavingsInput } from './types';

// Devices the fleet should not keep as they are, one recommendation per device kind so a large
// fleet gives a handful of decisions, not one per device:
// - managed by no MDM (the asset register lists it, or an MDM has lost it): someone uses it,
//   enrol it (a risk, no euro); nobody is named on it, recover it and terminate its lines;
// - older than the engagement's device lifetime: a renewal to budget, not a saving (no euro),
//   shown with what replacing them would cost.

/**
 * Unmanaged devices, as `devices.managedRate` counts them (`managed` false: listed by no MDM as
 * managed), judged only when some device is managed: without an MDM export all would be.
 */
function unmanaged(devices: readonly Device[]): Device[] {
  if (!devices.some((device) => device.managed)) return [];
  return devices.filter((device) => !device.managed);
}

function hasUser(device: Device): boolean {
  return Boolean(device.userEmail?.trim() || device.userName?.trim());
}

/** A recommendation on a group of devices of one kind, proved by their keys. */
function onDevices(
  kind: 'enrol' | 'retire' | 'renew',
  idTail: string,
  group: readonly Device[],
  monthly: number,
  months: number,
  detail: SavingDetail,
): SavingRecommendation {
  const deviceKind = group[0]?.kind ?? 'other';
  return recommendation({
    id: `${kind}:${idTail}`,
    kind,
    lineNumber: deviceKind,
    operator: null,
    monthly,
    months,
    evidence: group.map((device) => device.key),
    evidenceKind: 'devices',
    detail: { deviceKind, devices: group.length, ...detail },
  });
}

/** Enrol the unmanaged devices someone uses; retire the others and end their lines. */
export function unmanagedDevices(
  input: SavingsInput,
  window: CostWindow,
  taken: Set<string>,
): { found: SavingRecommendation[]; retired: Set<string> } {
  const devices = unmanaged(input.devices ?? []);
  const found: SavingRecommendation[] = [];
  const retired = new Set<string>();

  for (const [kind, group] of byDeviceKind(devices.filter(hasUser))) {
    found.push(onDevices('enrol', `${kind}:${group.length}`, group, 0, 0, {}));
  }

  const live = [...window.inventory.values()].filter((line) => line.status !== 'terminated');
  for (const [kind, group] of byDeviceKind(devices.filter((device) => !hasUser(device)))) {
    const ended = [
      ...new Set(linkDevicesToLines(group, live).map((link) => link.lineNumber)),
    ].filter((number) => !taken.has(number));
    for (const number of ended) taken.add(number);
    for (const device of group) retired.add(device.key);

    const monthly = ended.reduce((sum, number) => sum + monthlyCharges(window, number), 0);
    const months = ended.length > 0 ? window.periods.length : 0;
    found.push(
      onDevices('retire', `${kind}:${group.length}:${ended.length}`, group, monthly, months, {
        lines: ended.length,
        terminatedLines: ended,
        lineEvidence: ended.flatMap((number) => monthKeys(window, number)),
      }),
    );
  }
  return { found, retired };
}

/** Renewals to budget: devices older than the lifetime setting, with what replacing costs. */
export function pastLifetime(
  input: SavingsInput,
  retired: ReadonlySet<string>,
): SavingRecommendation[] {
  const lifetime = input.settings.deviceLifetimeMonths;
  const all = input.devices ?? [];
  const ages = new Map<string, number>();
  for (const device of all) {
    const age = retired.has(device.key) ? null : ageInMonths(device, input.referenceDate);
    if (age !== null && age > lifetime) ages.set(device.key, age);
  }

  const found: SavingRecommendation[] = [];
  for (const [kind, group] of byDeviceKind(all.filter((device) => ages.has(device.key)))) {
    const cost = group.reduce((sum, device) => sum + replacementPrice(device, all), 0);
    const ageSum = group.reduce((sum, device) => sum + (ages.get(device.key) ?? 0), 0);
    found.push(
      onDevices('renew', `${kind}:${group.length}`, group, 0, 0, {
        lifetimeMonths: lifetime,
        meanAgeMonths: Math.round((ageSum / group.length) * 10) / 10,
        renewalCost: cents(cost),
        renewalMonthly: cents(cost / lifetime),
      }),
    );
  }
  return found;
}

// Prices known per kind, kept per device list: a fleet of 50,000 devices is read once.
const knownPrices = new WeakMap<readonly Device[], Map<string, number>>();

/** A device's purchase price, else the mean known price of its kind, else 0. */
function replacementPrice(device: Device, all: readonly Device[]): number {
  if (device.purchasePrice !== null && device.purchasePrice > 0) return device.purchasePrice;
  let means = knownPrices.get(all);
  if (!means) {
    means = meanPriceByKind(all);
    knownPrices.set(all, means);
  }
  return means.get(device.kind) ?? 0;
}

function meanPriceByKind(devices: readonly Device[]): Map<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const { kind, purchasePrice } of devices) {
    if (purchasePrice === null || purchasePrice <= 0) continue;
    const sum = sums.get(kind) ?? { total: 0, count: 0 };
    sum.total += purchasePrice;
    sum.count += 1;
    sums.set(kind, sum);
  }
  return new Map([...sums].map(([kind, { total, count }]) => [kind, total / count]));
}
