import { describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import type { Device } from '@core/model/device';

import { daysBefore, measure, outOfOrder, passesLuhn, share } from './demo-facts';

const demo = generateDemo();
const { devices } = demo;
const referenceDate = demo.engagement.referenceDate;
const facts = measure(demo);

const of = (test: (d: Device) => boolean): Device[] => devices.filter(test);
const major = (d: Device): number => Number(d.osVersion?.split('.')[0]);

describe('demo devices', () => {
  it('are mostly smartphones, with some iPads and Windows laptops', () => {
    const phones = of((d) => d.kind === 'smartphone');
    const ios = of((d) => d.platform === 'ios');
    const android = of((d) => d.platform === 'android');

    expect(share(phones, devices)).toBeGreaterThan(0.8);
    expect(share(ios, phones)).toBeGreaterThan(0.3);
    expect(share(android, phones)).toBeGreaterThan(0.45);
    expect(
      share(
        of((d) => d.platform === 'ipados'),
        devices,
      ),
    ).toBeGreaterThan(0.04);
    expect(
      share(
        of((d) => d.platform === 'windows'),
        devices,
      ),
    ).toBeGreaterThan(0.04);
  });

  it('run current OS versions, with a tail of older ones', () => {
    const ios = of((d) => d.platform === 'ios' || d.platform === 'ipados').map(major);
    const android = of((d) => d.platform === 'android').map(major);
    const windowsBuilds = of((d) => d.platform === 'windows').map((d) => d.osVersion?.slice(0, 10));

    expect(Math.min(...ios)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...ios)).toBe(26);
    expect(
      share(
        ios.filter((m) => m === 26),
        ios,
      ),
    ).toBeGreaterThan(0.7);
    expect(Math.min(...android)).toBeGreaterThanOrEqual(12);
    expect(
      share(
        android.filter((m) => m >= 15),
        android,
      ),
    ).toBeGreaterThan(0.5);
    expect(new Set(windowsBuilds)).toEqual(
      new Set(['10.0.19045', '10.0.22631', '10.0.26100', '10.0.26200']),
    );
  });

  it('lag behind on security patches for a minority only', () => {
    const stale = of((d) => daysBefore(d.securityPatch ?? '', referenceDate) > 180);

    expect(share(stale, devices)).toBeGreaterThan(0.05);
    expect(share(stale, devices)).toBeLessThan(0.3);
  });

  it('are about nine in ten compliant, and almost all managed', () => {
    const compliant = of((d) => d.compliance === 'compliant');

    expect(share(compliant, devices)).toBeGreaterThanOrEqual(0.88);
    expect(share(compliant, devices)).toBeLessThanOrEqual(0.93);
    expect(of((d) => d.compliance === 'grace').length).toBeGreaterThan(0);
    expect(
      share(
        of((d) => d.managed),
        devices,
      ),
    ).toBeGreaterThan(0.97);
  });

  it('follow a plausible timeline: bought, enrolled, seen, all by the reference date', () => {
    expect(outOfOrder(devices, referenceDate)).toEqual([]);

    const ages = of((d) => d.purchaseDate !== null).map((d) =>
      daysBefore(d.purchaseDate ?? '', referenceDate),
    );
    expect(Math.max(...ages)).toBeGreaterThan(5 * 365);
    expect(Math.max(...ages)).toBeLessThanOrEqual(6 * 365 + 2);
  });

  it('price company devices, but not personal ones', () => {
    const personal = of((d) => d.ownership === 'BYOD');

    expect(share(personal, devices)).toBeGreaterThan(0.02);
    for (const d of personal) {
      expect(d.kind).toBe('smartphone');
      expect(d.purchasePrice).toBeNull();
      expect(d.phoneNumber).toBeNull();
    }
    for (const d of of((d) => d.kind === 'laptop')) expect(d.purchasePrice).toBeGreaterThan(700);
  });

  it('carry valid IMEIs on cellular devices only', () => {
    const withImei = of((d) => d.imei !== null);

    expect(withImei.length).toBeGreaterThan(1500);
    expect(
      withImei.filter((d) => !/^\d{15}$/.test(d.imei ?? '') || !passesLuhn(d.imei ?? '')),
    ).toEqual([]);
    expect(of((d) => d.kind === 'laptop' && d.imei !== null)).toEqual([]);
  });

  it('belong to named staff at the client domain', () => {
    const named = of((d) => d.userEmail !== null);

    expect(share(named, devices)).toBeGreaterThan(0.9);
    for (const d of named)
      expect(d.userEmail).toMatch(/^[a-z-]+\.[a-z-]+\d*@breval-logistique\.fr$/);
  });

  it('include ghosts that have not checked in for 90 days or more', () => {
    expect(share(facts.ghostDevices, devices)).toBeGreaterThan(0.02);
    expect(share(facts.ghostDevices, devices)).toBeLessThan(0.08);
  });

  it('include devices without a line: laptops, Wi-Fi iPads, personal and stock phones', () => {
    const kinds = new Set(facts.devicesWithoutLine.map((d) => d.kind));

    expect(kinds).toEqual(new Set(['smartphone', 'tablet', 'laptop']));
    expect(share(facts.devicesWithoutLine, devices)).toBeGreaterThan(0.08);
    expect(share(facts.devicesWithoutLine, devices)).toBeLessThan(0.25);
  });

  it('include a few odd records: no serial, and one number on two devices', () => {
    const noSerial = of((d) => d.serial === null);
    const numbers = of((d) => d.phoneNumber !== null).map((d) => d.phoneNumber);

    expect(noSerial.length).toBeGreaterThan(0);
    expect(noSerial.length).toBeLessThan(20);
    for (const d of noSerial) expect(d.key).toBe(d.imei ?? d.mdmId);
    expect(new Set(numbers).size).toBeLessThan(numbers.length);
  });
});
