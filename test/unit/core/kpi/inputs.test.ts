import { describe, expect, it } from 'vitest';

import { restoreInputRow, validateInputRow } from '@core/kpi/inputs';

describe('validating an entered row', () => {
  it('accepts a complete budget month', () => {
    const checked = validateInputRow('budget', { id: 'a', month: '2026-01', planned: 1200.5 });

    expect(checked).toEqual({ ok: true, row: { id: 'a', month: '2026-01', planned: 1200.5 } });
  });

  it.each([
    ['budget', { id: 'a', month: '2026-13', planned: 1 }, 'month', 'month'],
    ['budget', { id: 'a', month: '2026-01' }, 'planned', 'required'],
    ['budget', { id: 'a', month: '2026-01', planned: -5 }, 'planned', 'positive'],
    [
      'incidents',
      { id: 'a', openedAt: '2026-05-02T10:00', resolvedAt: '2026-05-01', security: false },
      'resolvedAt',
      'order',
    ],
    ['outages', { id: 'a', date: '2026-05-02', devicesOut: 1.5 }, 'devicesOut', 'whole'],
    [
      'surveys',
      { id: 'a', date: '2026-05-02', respondents: 3, score: 6, scale: 5 },
      'score',
      'above-scale',
    ],
    ['adoption', { id: 'a', app: 'CRM', eligible: 10, active: 11 }, 'active', 'above-eligible'],
  ] as const)('refuses a %s row with the reason on the field', (family, raw, field, code) => {
    const checked = validateInputRow(family, raw);

    expect(checked.ok).toBe(false);
    expect(checked.ok ? {} : checked.issues).toMatchObject({ [field]: code });
  });

  it('refuses to restore a stored row that is no longer valid, so the store skips it', () => {
    expect(() => restoreInputRow('patches', { id: 'a', releasedOn: 'soon' })).toThrow();
  });
});
