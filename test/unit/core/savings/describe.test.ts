import { describe, expect, it } from 'vitest';

import { createFormat } from '@core/documents/format';
import { savingChange } from '@core/documents/pdf/sections/savings';
import { documentTexts } from '@core/documents/texts';
import { describeChange } from '@core/savings';
import { recommendation } from '@core/savings/assemble';

// What the deliverables and the command line print for the kinds beyond one line's plan.
const fr = createFormat('fr', 'EUR');
const en = createFormat('en', 'EUR');
const euros = (value: number) => `${value.toFixed(2)} EUR`;

const consolidate = recommendation({
  id: 'consolidate:+33600000001:+33600000002',
  kind: 'consolidate',
  lineNumber: '+33600000001',
  operator: 'Op',
  monthly: 19,
  months: 12,
  detail: { keptLine: '+33600000001', terminatedLines: ['+33600000002'] },
});
const floor = recommendation({
  id: 'minimum-revenue:Op:150',
  kind: 'minimum-revenue',
  lineNumber: 'Op',
  operator: 'Op',
  monthly: -10,
  months: 3,
  detail: { minimumMonthly: 150, spendMonthly: 200, spendAfter: 140 },
});

describe('what a recommendation beyond one line changes', () => {
  it('names the line kept and how many are ended, in each language', () => {
    expect(describeChange(consolidate, 'en', euros)).toBe('keep +33600000001, end 1 line(s)');
    expect(describeChange(consolidate, 'fr', euros)).toBe(
      'garder +33600000001, résilier 1 ligne(s)',
    );
  });

  it('shows the minimum against the spend before and after in the PDF', () => {
    expect(savingChange(floor, documentTexts('en'), en)).toBe(
      'minimum €150.00: spend €200.00 → €140.00',
    );
    expect(savingChange(floor, documentTexts('fr'), fr)).toContain('minimum 150,00');
  });

  it('leaves the line kinds to their plans', () => {
    const terminate = recommendation({
      id: 't',
      kind: 'terminate',
      lineNumber: '+33600000003',
      operator: 'Op',
      monthly: 20,
      months: 3,
    });
    expect(describeChange(terminate, 'en', euros)).toBeNull();
    expect(savingChange(terminate, documentTexts('en'), en)).toContain('»');
  });
});
