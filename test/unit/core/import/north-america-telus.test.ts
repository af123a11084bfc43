import { describe, expect, it } from 'vitest';

import { onlyPart } from './import-part';
import { NO_CHARGES } from './support/invoice-rows';
import { hasSamples, sample } from './samples';

const INDIVIDUAL = 'telus-individual-detail-report-blocks-latin1.txt';
const AIRTIME = 'telus-airtime-detail-call-blocks-latin1.txt';
const GROUP = 'telus-group-summary-group-breaks-subtotals.txt';
const DEW = 'telus-dew-no-invoice-date.txt';
const SUMMARY = 'telus-invoice-summary-account-level.txt';

const ZERO = { ...NO_CHARGES, outOfPlan: 0 };
const NO_USAGE = { dataMb: 0, voiceMin: 0, sms: 0 };

// The first line's February plan and charges, as both the individual and group reports give it.
const CAMILLE = {
  ...ZERO,
  ...NO_USAGE,
  lineNumber: '+14165550142',
  period: '2024-02',
  plan: 'Corp Share 10GB',
  planCharge: 50,
  outOfPlan: 12.35,
  options: 7,
};

describe('importFile: Telus Individual Detail (subscriber blocks)', () => {
  it('bills each block from its current charges, before taxes, with its plan', async () => {
    const part = await onlyPart(INDIVIDUAL);

    expect(part).toMatchObject({ encoding: 'windows-1252', currency: 'CAD' });
    expect(part.recognition).toMatchObject({ source: 'telus-individual-detail', confidence: 1 });
    expect(part.result?.rows).toEqual([{ ...CAMILLE, totalExVat: 69.35 }]);
  });

  it('rejects the month of a line with a charge label it cannot place, naming it', async () => {
    const part = await onlyPart(INDIVIDUAL);

    expect(part.result?.errors).toEqual([
      {
        file: INDIVIDUAL,
        row: 45,
        column: 'Total before taxes',
        code: 'import-amount-invalid',
        value: 'Mystery Levy: $1.00',
        params: { value: 'Mystery Levy: $1.00' },
        severity: 'error',
      },
    ]);
  });
});

describe('importFile: Telus Airtime Detail (call sub-tables per subscriber)', () => {
  it('sums call lengths (minutes:seconds) and call totals per line and invoice', async () => {
    const part = await onlyPart(AIRTIME);

    expect(part.recognition.source).toBe('telus-airtime-detail');
    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+14165550142',
        period: '2024-02',
        voiceMin: 14.5,
        outOfPlan: 21.5,
        totalExVat: 21.5,
      },
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+16045550123',
        period: '2024-02',
        voiceMin: 3,
        outOfPlan: 0.5,
        totalExVat: 0.5,
      },
    ]);
    expect(part.result?.errors).toEqual([]);
  });
});

describe('importFile: Telus Group Summary (group breaks and subtotal rows)', () => {
  it('bills one row per line, leaving group, subtotal and footer rows out', async () => {
    const part = await onlyPart(GROUP);

    expect(part.recognition.source).toBe('telus-group-summary');
    expect(part.result?.totalRows).toBe(0);
    expect(part.result?.rows).toEqual([
      { ...CAMILLE, oneOff: 0.98, totalExVat: 70.33 },
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+16045550123',
        period: '2024-02',
        plan: 'Corp Share 5GB',
        planCharge: 35,
        outOfPlan: 4,
        oneOff: -10,
        totalExVat: 29,
      },
    ]);
  });
});

describe('importFile: Telus DEW report (no invoice date)', () => {
  it('refuses every row for want of a month when none is given', async () => {
    const part = await onlyPart(DEW);

    expect(part.recognition.source).toBe('telus-dew');
    expect(part.result?.rows).toEqual([]);
    expect(part.result?.errors).toMatchObject([
      { file: DEW, row: 9, column: 'Period', code: 'import-period-invalid' },
      { file: DEW, row: 10, column: 'Period', code: 'import-period-invalid' },
    ]);
  });

  it('bills plan, time-of-day charges and phone minutes in the month the user gives', async () => {
    const part = await onlyPart(DEW, { period: '2024-02' });

    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+14165550142',
        period: '2024-02',
        plan: 'Corp Share 10GB',
        planCharge: 50,
        outOfPlan: 1.25,
        totalExVat: 51.25,
        voiceMin: 175.5,
      },
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+16045550123',
        period: '2024-02',
        plan: 'Corp Share 5GB',
        planCharge: 35,
        outOfPlan: 0.75,
        totalExVat: 35.75,
        voiceMin: 3,
      },
    ]);
  });
});

describe('importFile: Telus account-level reports', () => {
  it('knows the invoice summary and says it is not a per-line file', async () => {
    const part = await onlyPart(SUMMARY);

    expect(part.recognition).toMatchObject({
      source: 'telus-invoice-summary',
      dataset: null,
      notice: 'import-not-per-line',
    });
    expect(part.result).toBeNull();
  });
});

describe.skipIf(!hasSamples)('importFile: the public Telus samples', () => {
  it.each([
    ['telus-individual-detail-byte-analytics-anonymizer.txt', 'telus-individual-detail', 2],
    ['telus-airtime-detail-byte-analytics-anonymizer.txt', 'telus-airtime-detail', 2],
    ['telus-group-summary-report-byte-analytics-anonymizer.txt', 'telus-group-summary', 6],
    ['telus-dew-report-byte-analytics-anonymizer.txt', 'telus-dew', 3],
    ['telus-account-detail-byte-analytics-anonymizer.txt', 'telus-account-detail', 121],
    ['telus-invoice-summary-byte-analytics-anonymizer.txt', 'telus-invoice-summary', 31],
  ])('recognises %s as %s (%i rows)', async (name, source, rows) => {
    const part = await onlyPart(name, { period: '2023-02' }, sample(name));

    expect(part.recognition.source).toBe(source);
    expect(part.rowCount).toBe(rows);
  });

  it('reads the sample individual detail lines and plans, in the invoice month', async () => {
    const name = 'telus-individual-detail-byte-analytics-anonymizer.txt';
    const part = await onlyPart(name, {}, sample(name));

    expect(part.preview.map((row) => row.slice(0, 6))).toEqual([
      ['1122334455', 'test-device-1', '', '2023-02', 'Corp Adv MHS w/US $5 0MB', '5.00'],
      ['2233445566', 'test-device-2', '', '2023-02', 'Corp Adv MHS w/US $5 0MB', '5.00'],
    ]);
  });
});
