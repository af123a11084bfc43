import { describe, expect, it } from 'vitest';

import {
  MAX_LOGO_BYTES,
  checkEngagementSettings,
  dataUrlBytes,
} from '@core/model/engagement-settings';
import type { EngagementSettings } from '@core/model/engagement-settings';

const valid: EngagementSettings = {
  name: 'Audit Bréval',
  clientName: 'Groupe Bréval',
  consultant: 'Camille Roussel',
  locale: 'fr',
  currency: 'EUR',
  startDate: '2026-11-02',
  endDate: '2026-12-18',
  referenceDate: '2026-11-30',
  brandPrimary: '#1f4e79',
  brandSecondary: '#f0a202',
  logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  consultantLogoDataUrl: null,
};

describe('engagement settings', () => {
  it('accepts a complete, coherent form', () => {
    expect(checkEngagementSettings(valid)).toEqual([]);
  });

  it.each([
    [{ name: '  ' }, { field: 'name', code: 'required' }],
    [{ currency: 'euro' }, { field: 'currency', code: 'currency' }],
    [{ endDate: '2026-10-01' }, { field: 'endDate', code: 'date-order' }],
    [{ referenceDate: '2026-02-30' }, { field: 'referenceDate', code: 'date' }],
    [{ brandPrimary: 'blue' }, { field: 'brandPrimary', code: 'colour' }],
    [
      { logoDataUrl: 'data:text/html;base64,PGgxPg==' },
      { field: 'logoDataUrl', code: 'logo-type' },
    ],
  ])('reports %j', (patch, issue) => {
    expect(checkEngagementSettings({ ...valid, ...patch })).toEqual([issue]);
  });

  it('refuses a logo over the size limit and accepts one just under', () => {
    const payload = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);
    const big = `data:image/png;base64,${payload(MAX_LOGO_BYTES + 3)}`;
    const fits = `data:image/png;base64,${payload(MAX_LOGO_BYTES - 3)}`;

    expect(checkEngagementSettings({ ...valid, logoDataUrl: big })).toEqual([
      { field: 'logoDataUrl', code: 'logo-size' },
    ]);
    expect(checkEngagementSettings({ ...valid, logoDataUrl: fits })).toEqual([]);
    expect(checkEngagementSettings({ ...valid, consultantLogoDataUrl: big })).toEqual([
      { field: 'consultantLogoDataUrl', code: 'logo-size' },
    ]);
  });

  it('measures a base64 payload with its padding', () => {
    // "abc" -> YWJj (3 bytes), "ab" -> YWI= (2 bytes), "a" -> YQ== (1 byte)
    expect(dataUrlBytes('data:x;base64,YWJj')).toBe(3);
    expect(dataUrlBytes('data:x;base64,YWI=')).toBe(2);
    expect(dataUrlBytes('data:x;base64,YQ==')).toBe(1);
  });
});
