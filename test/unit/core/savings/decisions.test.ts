import { describe, expect, it } from 'vitest';

import { acceptedTotal, restoreSavingDecision, usualPrice } from '@core/savings';
import type { SavingKind } from '@core/savings';
import { recommendation } from '@core/savings/assemble';

function saving(id: string, monthly: number, kind: SavingKind = 'terminate') {
  return recommendation({ id, kind, lineNumber: id, operator: 'Op', monthly, months: 3 });
}

const decided = (id: string, decision: string) =>
  restoreSavingDecision({ id, decision, decidedAt: '2026-12-01T10:00:00.000Z' });

describe('accepted savings total', () => {
  it('adds up only accepted recommendations that still exist', () => {
    const current = [saving('a', 20), saving('b', 12.5), saving('c', 4.99)];
    const decisions = [
      decided('a', 'accepted'),
      decided('b', 'rejected'),
      decided('c', 'accepted'),
      decided('gone', 'accepted'),
    ];

    // 20 + 4.99 = 24.99 a month; 240 + 59.88 = 299.88 a year.
    expect(acceptedTotal(current, decisions)).toEqual({
      count: 2,
      monthly: 24.99,
      yearly: 299.88,
    });
  });

  it('takes an accepted guaranteed-minimum gap off the total', () => {
    const current = [saving('a', 20), saving('floor', -7.5, 'minimum-revenue')];
    const decisions = [decided('a', 'accepted'), decided('floor', 'accepted')];

    // 20 - 7.50 = 12.50 a month; 240 - 90 = 150 a year.
    expect(acceptedTotal(current, decisions)).toEqual({ count: 2, monthly: 12.5, yearly: 150 });
  });

  it('is zero with nothing accepted', () => {
    expect(acceptedTotal([saving('a', 20)], [])).toEqual({ count: 0, monthly: 0, yearly: 0 });
  });

  it('leaves a deferred recommendation out of the total, its note kept', () => {
    const deferred = restoreSavingDecision({
      id: 'a',
      decision: 'deferred',
      decidedAt: '2026-12-01T10:00:00.000Z',
      note: 'Attendre la fin d’engagement en juin',
    });

    expect(deferred.note).toBe('Attendre la fin d’engagement en juin');
    expect(acceptedTotal([saving('a', 20)], [deferred]).count).toBe(0);
  });

  it('reads a decision stored before notes existed with an empty note', () => {
    expect(decided('a', 'accepted').note).toBe('');
  });

  it('refuses a stored decision that is not accepted, rejected or deferred', () => {
    expect(() => decided('a', 'maybe')).toThrow();
  });
});

describe('price of a plan seen on several lines', () => {
  it('takes the price most lines pay', () => {
    expect(usualPrice([18, 16, 18])).toBe(18);
  });

  it('takes the lowest of equally common prices', () => {
    expect(usualPrice([18, 16])).toBe(16);
  });
});
