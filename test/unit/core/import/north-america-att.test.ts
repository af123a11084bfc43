import { describe, expect, it } from 'vitest';

import { onlyPart } from './import-part';
import { hasSamples, sample } from './samples';

const ATT = 'att-rawdata-pipe-record-types.txt';

const NO_CHARGE = {
  operator: null,
  plan: null,
  billingPeriod: null,
  options: 0,
  oneOff: 0,
  dataMb: 0,
  sms: 0,
};

describe('importFile: AT&T raw data output (record-type rows)', () => {
  it('recognises the pipe file and skips the invoice, remittance and account records', async () => {
    const part = await onlyPart(ATT);

    expect(part).toMatchObject({ delimiter: '|', currency: 'USD', skippedRows: 3, rowCount: 5 });
    expect(part.recognition).toMatchObject({ source: 'att-raw-data', dataset: 'invoices' });
  });

  it('bills each number once per month however it is written, before taxes, with usage', async () => {
    const part = await onlyPart(ATT);

    // The February 16 bill charges 212-555-0147's plan for Feb 17 to Mar 16, mostly March:
    // that charge lands in March, billed in February; usage and credits stay in February.
    expect(part.result?.rows).toEqual([
      {
        ...NO_CHARGE,
        lineNumber: '+12125550147',
        period: '2024-02',
        planCharge: 0,
        outOfPlan: 2.5,
        oneOff: -4.01,
        totalExVat: -1.51,
        voiceMin: 312,
        dataMb: 2048,
        sms: 58,
      },
      {
        ...NO_CHARGE,
        lineNumber: '+12125550147',
        period: '2024-03',
        billingPeriod: '2024-02',
        planCharge: 40,
        outOfPlan: 0,
        totalExVat: 40,
        voiceMin: 0,
      },
      {
        ...NO_CHARGE,
        lineNumber: '+16465550199',
        period: '2024-02',
        planCharge: 30,
        options: 10,
        outOfPlan: 7.25,
        oneOff: 0.99,
        totalExVat: 48.24,
        voiceMin: 0,
      },
    ]);
  });

  it('rejects a cut-short number and a charge whose section it cannot place', async () => {
    const part = await onlyPart(ATT);

    expect(part.result?.rejectedRows).toBe(2);
    expect(part.result?.errors).toEqual([
      {
        file: ATT,
        row: 15,
        column: 'Line',
        code: 'import-phone-invalid',
        value: '212-555-014',
        params: { value: '212-555-014' },
        severity: 'error',
      },
      {
        file: ATT,
        row: 16,
        column: 'Total before taxes',
        code: 'import-amount-invalid',
        value: 'Loyalty Programme: 1.00',
        params: { value: 'Loyalty Programme: 1.00' },
        severity: 'error',
      },
    ]);
  });

  it('lists the lines with their account and user', async () => {
    const part = await onlyPart(ATT, { dataset: 'lines' });

    expect(part.result?.rows[0]).toMatchObject({
      number: '+12125550147',
      accountNumber: '900000001',
      userName: 'PAT QUINN',
    });
  });
});

describe.skipIf(!hasSamples)('importFile: the public AT&T raw data sample', () => {
  it('is recognised and holds no per-line record, only account-level ones', async () => {
    const name = 'att-rawdataoutput-byte-analytics-anonymizer.txt';
    const part = await onlyPart(name, {}, sample(name));

    expect(part.recognition.source).toBe('att-raw-data');
    expect(part).toMatchObject({ skippedRows: 6, rowCount: 0 });
    expect(part.result?.rows).toEqual([]);
  });
});
