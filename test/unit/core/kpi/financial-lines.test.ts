import { describe, expect, it } from 'vitest';

import { underusedLines, unusedLines } from '@core/kpi/defs/financial-lines';

import { bill, input, line } from './fixtures';

const MONTHS = ['2026-09', '2026-10', '2026-11'];

/** One row per month of the window for a line, with per-month overrides. */
function billed(number: string, perMonth: Array<Parameters<typeof bill>[2]>) {
  return MONTHS.map((period, i) => bill(number, period, perMonth[i]));
}

describe('lines.unusedRate', () => {
  const invoices = [
    ...billed('L1', [{ dataMb: 100, totalExVat: 30 }, { dataMb: 100 }, { dataMb: 100 }]),
    ...billed('L2', [{ totalExVat: 20 }, { totalExVat: 20 }, { totalExVat: 20 }]),
    // Billed only in November: too new to judge.
    bill('L3', '2026-11', { totalExVat: 15 }),
    ...billed('L4', [{}, { voiceMin: 5 }, {}]),
    // Used in September only: idle over the two latest months, so unused.
    ...billed('L5', [{ sms: 3 }, { totalExVat: 10 }, { totalExVat: 10 }]),
  ];

  it('flags lines without any usage over the two latest billed months, with their cost', () => {
    // Judged (billed in October and November): L1, L2, L4, L5. Unused: L2, L5 -> 2 / 4 = 50%.
    // Stake: (20 + 20 + 10 + 10) / 2 months = 30.
    const result = unusedLines.compute(input({ invoices }));

    expect(result.value).toBe(50);
    expect(result.basis).toBe(4);
    expect(result.evidence).toEqual(['L2', 'L5']);
    expect(result.monthlyStake).toBe(30);
  });

  it('needs two billed months', () => {
    const short = invoices.filter((row) => row.period === '2026-11');

    expect(unusedLines.compute(input({ invoices: short })).missing?.reason).toBe(
      'too-few-billed-months',
    );
  });

  it('has no value without invoices', () => {
    expect(unusedLines.compute(input()).missing?.reason).toBe('no-invoices');
  });
});

describe('lines.underusedRate', () => {
  const plan = { planCharge: 25 };
  const invoices = [
    // Mean 1,000 MB of 10,000: 10% < 20% -> under-used.
    ...billed('L1', [
      { ...plan, dataMb: 1000 },
      { ...plan, dataMb: 1500 },
      { ...plan, dataMb: 500 },
    ]),
    // 300 of 1,000: 30%, fine.
    ...billed('L4', [{ dataMb: 300 }, { dataMb: 300 }, { dataMb: 300 }]),
    // 200 of 1,000: exactly 20%, not under the threshold.
    ...billed('L6', [{ dataMb: 200 }, { dataMb: 200 }, { dataMb: 200 }]),
    // Unused: in the denominator (it has an allowance) but never under-used.
    ...billed('L2', [{}, {}, {}]),
    // No allowance known.
    ...billed('L5', [{ dataMb: 10 }, { dataMb: 10 }, { dataMb: 10 }]),
  ];
  const lines = [
    line('L1', { dataAllowanceMb: 10000 }),
    line('L4', { dataAllowanceMb: 1000 }),
    line('L6', { dataAllowanceMb: 1000 }),
    line('L2', { dataAllowanceMb: 5000 }),
    line('L5'),
  ];

  it('flags used lines consuming under 20% of their allowance, with their plan charges', () => {
    // Judged: L1, L4, L6, L2. Under: L1 -> 1 / 4 = 25%. Stake: 3 x 25 / 3 months = 25.
    const result = underusedLines.compute(input({ invoices, lines }));

    expect(result.value).toBe(25);
    expect(result.basis).toBe(4);
    expect(result.evidence).toEqual(['L1']);
    expect(result.monthlyStake).toBe(25);
  });

  it.each([
    ['no line inventory', [], 'no-lines'],
    ['no data allowance', [line('L1'), line('L4')], 'no-data-allowances'],
  ])('has no value with %s', (_name, inventory, reason) => {
    const result = underusedLines.compute(input({ invoices, lines: inventory }));

    expect(result.value).toBeNull();
    expect(result.missing?.reason).toBe(reason);
  });
});
