import { describe, expect, it } from 'vitest';

import { emptyInputs, INPUT_FAMILIES, validateInputRow } from '@core/kpi';

const row = {
  id: 'c1',
  operator: 'Orange Business',
  contractEnd: '2027-06-30',
  respirationPct: 10,
  minimumMonthly: 25000,
  penaltyPerLine: 45,
};

describe('contract terms entered per operator', () => {
  it('is an input family of its own, empty at first', () => {
    expect(INPUT_FAMILIES).toContain('contract-terms');
    expect(emptyInputs()['contract-terms']).toEqual([]);
  });

  it('accepts a full row, and one without an end date', () => {
    expect(validateInputRow('contract-terms', row)).toEqual({ ok: true, row });
    expect(validateInputRow('contract-terms', { ...row, contractEnd: null }).ok).toBe(true);
  });

  it('names the field a consultant got wrong', () => {
    const refused = (fields: object) => validateInputRow('contract-terms', { ...row, ...fields });
    expect(refused({ operator: '  ' })).toEqual({ ok: false, issues: { operator: 'required' } });
    expect(refused({ respirationPct: 120 })).toEqual({
      ok: false,
      issues: { respirationPct: 'too-large' },
    });
    expect(refused({ minimumMonthly: -1 })).toEqual({
      ok: false,
      issues: { minimumMonthly: 'positive' },
    });
    expect(refused({ contractEnd: '30/06/2027' })).toEqual({
      ok: false,
      issues: { contractEnd: 'date' },
    });
  });
});
