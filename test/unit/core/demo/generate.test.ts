import { isDeepStrictEqual } from 'node:util';

import { describe, expect, it } from 'vitest';

import { AppError } from '@core/errors/app-error';
import { generateDemo } from '@core/demo/generate';
import { restoreDevice } from '@core/model/device';
import { restoreEngagement } from '@core/model/engagement';
import { restoreInvoiceRow } from '@core/model/invoice';
import { restoreLine } from '@core/model/line';

import { outOfOrder } from './demo-facts';

const demo = generateDemo();

describe('generateDemo', () => {
  it('gives byte-identical data for the same seed and reference date', () => {
    expect(JSON.stringify(generateDemo())).toBe(JSON.stringify(demo));
  });

  it('gives other data for another seed', () => {
    const other = generateDemo({ seed: 7 });

    expect(other.devices[0]).not.toEqual(demo.devices[0]);
    expect(other.lines.map((l) => l.number)).not.toEqual(demo.lines.map((l) => l.number));
  });

  it('uses seed 20261 and 30 November 2026 by default', () => {
    expect(JSON.stringify(generateDemo({ seed: 20261, referenceDate: '2026-11-30' }))).toBe(
      JSON.stringify(demo),
    );
    expect(demo.engagement.referenceDate).toBe('2026-11-30');
  });

  it('refuses a reference date that is not a calendar day', () => {
    expect(() => generateDemo({ referenceDate: '2026-02-30' })).toThrow(AppError);
    expect(() => generateDemo({ referenceDate: '30/11/2026' })).toThrow(/Invalid demo options/);
  });

  it('describes a French engagement in euros around the reference date', () => {
    const { engagement } = demo;

    expect(engagement).toMatchObject({ locale: 'fr', currency: 'EUR' });
    expect(engagement.clientName).not.toBe('');
    expect(engagement.startDate < engagement.referenceDate).toBe(true);
    expect(engagement.endDate > engagement.referenceDate).toBe(true);

    const stored = restoreEngagement({ ...engagement, id: 'demo', isDemo: true });
    expect(stored).toMatchObject(engagement);
  });

  it('produces records that the model restores unchanged', () => {
    const altered = <T>(records: T[], restore: (raw: unknown) => T): T[] =>
      records.filter((record) => !isDeepStrictEqual(restore(record), record));

    expect(altered(demo.devices, restoreDevice)).toEqual([]);
    expect(altered(demo.lines, restoreLine)).toEqual([]);
    expect(altered(demo.invoices, restoreInvoiceRow)).toEqual([]);
  });

  it('sizes a mid-size fleet: about 2,000 devices and 2,200 lines', () => {
    expect(demo.devices.length).toBeGreaterThanOrEqual(1900);
    expect(demo.devices.length).toBeLessThanOrEqual(2100);
    expect(demo.lines.length).toBeGreaterThanOrEqual(2100);
    expect(demo.lines.length).toBeLessThanOrEqual(2300);
  });

  it('keys every device and line uniquely, as the store needs', () => {
    expect(new Set(demo.devices.map((d) => d.key)).size).toBe(demo.devices.length);
    expect(new Set(demo.lines.map((l) => l.number)).size).toBe(demo.lines.length);
  });

  it('holds together for another reference date: nothing happens after it', () => {
    const earlier = generateDemo({ seed: 3, referenceDate: '2024-03-15' });

    expect(outOfOrder(earlier.devices, '2024-03-15')).toEqual([]);
    expect(earlier.devices.filter((d) => !isDeepStrictEqual(restoreDevice(d), d))).toEqual([]);
    expect(earlier.invoices.at(-1)?.period).toBe('2024-02');
  });
});
