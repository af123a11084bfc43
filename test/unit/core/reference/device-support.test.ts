import { describe, expect, it } from 'vitest';

import { restoreDevice } from '@core/model/device';
import type { Device } from '@core/model/device';
import { isPastSupport } from '@core/reference/device-support';
import { modelKey, modelSupportFor } from '@core/reference/device-support-lookup';

import { bundledDeviceSupport } from './bundled';

const support = bundledDeviceSupport();
const device = (manufacturer: string, model: string, fields: Partial<Device> = {}) =>
  restoreDevice({ key: model || 'no-model', manufacturer, model, ...fields });

describe('the bundled device support catalogue', () => {
  it('holds the endoflife.date device products with their security ends', () => {
    const makers = new Set(support.models.map((m) => m.manufacturer));

    expect(support.snapshotDate).toBe('2026-08-22');
    expect(support.models.length).toBeGreaterThan(900);
    expect([...makers]).toEqual(
      expect.arrayContaining(['Apple', 'Samsung', 'Google', 'Fairphone', 'Microsoft']),
    );
  });
});

describe('modelSupportFor', () => {
  it.each([
    ['Apple Inc.', 'iPhone XR', 'iPhone XR'],
    ['Apple', 'iPhone SE (2e génération)', 'iPhone SE (2nd generation)'],
    ['Apple', 'iPad Pro 11 pouces (M4)', 'iPad Pro 11-inch (M4)'],
    ['Samsung Electronics', 'Galaxy S21', 'Galaxy S21 5G'],
    ['SAMSUNG', 'Samsung Galaxy XCover 7', 'Galaxy XCover7'],
    ['Fairphone', 'Fairphone 5', 'Fairphone 5'],
  ])('finds %s %s as "%s"', (manufacturer, model, expected) => {
    expect(modelSupportFor(device(manufacturer, model), support)?.model).toBe(expected);
  });

  it('does not match a model of another maker or an unknown model', () => {
    expect(modelSupportFor(device('Crosscall', 'Core-Z5'), support)).toBeNull();
    expect(modelSupportFor(device('Samsung', 'iPhone XR'), support)).toBeNull();
    expect(modelSupportFor(device('Apple', ''), support)).toBeNull();
  });

  it('evens out accents and generation ordinals', () => {
    expect(modelKey('iPhone SE (3ème génération)')).toBe(modelKey('iPhone SE (3rd generation)'));
  });
});

describe('isPastSupport', () => {
  // The iPhone XR's security updates end on 2026-04-22 in the bundled data.
  const xr = support.models.find((m) => m.model === 'iPhone XR');

  it('counts the end day itself as past, like an OS end of life', () => {
    expect(xr && isPastSupport(xr, '2026-04-21')).toBe(false);
    expect(xr && isPastSupport(xr, '2026-04-22')).toBe(true);
  });

  it('treats an end on an unknown date as past and an unannounced end as not', () => {
    const base = { kind: 'smartphone' as const, manufacturer: 'X', model: 'Y', releaseDate: null };

    expect(isPastSupport({ ...base, securityUntil: true }, '2020-01-01')).toBe(true);
    expect(isPastSupport({ ...base, securityUntil: null }, '2040-01-01')).toBe(false);
  });
});
