import { describe, expect, it } from 'vitest';

import { onlyPart } from './import-part';
import { NO_CHARGES } from './support/invoice-rows';
import { hasSamples, sample } from './samples';

const SUMMARY = 'verizon-account-summary-one-account-row.txt';
const CHARGES = 'verizon-charges-detail-units-in-item-type.txt';
const USAGE = 'verizon-usage-detail-dates-without-year.txt';

const NO_CHARGE = { ...NO_CHARGES };

describe('importFile: Verizon account summary', () => {
  it('is known, builds nothing and says it is not a per-line file', async () => {
    const part = await onlyPart(SUMMARY);

    expect(part.recognition).toMatchObject({
      source: 'verizon-account-summary',
      dataset: null,
      notice: 'import-not-per-line',
    });
    expect(part.result).toBeNull();
  });
});

describe('importFile: Verizon charges detail summary usage', () => {
  it('sums allowances per line in the unit each row names, leaving the account row out', async () => {
    const part = await onlyPart(CHARGES);

    expect(part.recognition).toMatchObject({ source: 'verizon-charges-detail' });
    expect(part).toMatchObject({ currency: 'USD', skippedRows: 1 });
    expect(part.result?.rows).toEqual([
      {
        ...NO_CHARGE,
        lineNumber: '+12125550147',
        period: '2024-03',
        dataMb: 6656,
        voiceMin: 243,
        sms: 12,
        outOfPlan: 1.5,
        totalExVat: 1.5,
      },
      {
        ...NO_CHARGE,
        lineNumber: '+16465550199',
        period: '2024-03',
        dataMb: 2560.5,
        voiceMin: 0,
        sms: 0,
        outOfPlan: 15,
        totalExVat: 15,
      },
    ]);
  });

  it('rejects the month of a line whose usage comes in a unit it does not know', async () => {
    const part = await onlyPart(CHARGES);

    expect(part.result?.errors).toEqual([
      {
        file: CHARGES,
        row: 8,
        column: 'Data (MB)',
        code: 'import-number-invalid',
        value: 'sessions: 40',
        params: { value: 'sessions: 40' },
        severity: 'error',
      },
    ]);
  });
});

describe('importFile: Verizon wireless usage detail', () => {
  it('puts December calls of a January bill in the bill month, minutes and messages', async () => {
    const part = await onlyPart(USAGE);

    expect(part.recognition).toMatchObject({ source: 'verizon-usage-detail' });
    expect(part.result?.rows).toEqual([
      {
        ...NO_CHARGE,
        lineNumber: '+12125550147',
        period: '2024-01',
        dataMb: 0,
        voiceMin: 15,
        sms: 1,
        outOfPlan: 0,
        totalExVat: 0,
      },
    ]);
  });

  it('rejects the month of a line with a call whose minutes are not a number', async () => {
    const part = await onlyPart(USAGE);

    expect(part.result?.rejectedRows).toBe(1);
    expect(part.result?.errors).toMatchObject([
      { file: USAGE, row: 5, column: 'Voice minutes', code: 'import-number-invalid', value: 'two' },
    ]);
  });
});

describe.skipIf(!hasSamples)('importFile: the public Verizon samples', () => {
  it.each([
    ['verizon-account-summary-byte-analytics-anonymizer.txt', 'verizon-account-summary'],
    [
      'verizon-charges-detail-summary-usage-byte-analytics-anonymizer.txt',
      'verizon-charges-detail',
    ],
    ['verizon-wireless-usage-detail-byte-analytics-anonymizer.txt', 'verizon-usage-detail'],
    ['verizon-account-wireless-summary-byte-analytics-anonymizer.txt', 'verizon-wireless'],
  ])('recognises %s as %s', async (name, source) => {
    const part = await onlyPart(name, {}, sample(name));

    expect(part.recognition.source).toBe(source);
  });

  it('refuses the anonymised line numbers of the usage detail, naming them', async () => {
    const name = 'verizon-wireless-usage-detail-byte-analytics-anonymizer.txt';
    const part = await onlyPart(name, {}, sample(name));

    expect(part.result?.rows).toEqual([]);
    expect(part.result?.errors).toMatchObject([
      { row: 2, column: 'Line', code: 'import-phone-invalid', value: 'enc-9729345087614266' },
    ]);
  });
});
