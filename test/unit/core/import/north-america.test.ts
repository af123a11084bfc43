import { describe, expect, it } from 'vitest';

import { importFile } from '@core/import';
import type { ImportedPart, ImportOptions } from '@core/import';

import { fixture } from './fixtures';

const VERIZON = 'verizon-wireless-summary-tab-leading-empty-column.txt';
const BELL = 'bell-mob-double-header-padded-latin1.csv';

async function onlyPart(name: string, options?: ImportOptions): Promise<ImportedPart> {
  const result = await importFile({ name, bytes: fixture(name) }, options);
  if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
  expect(result.parts).toHaveLength(1);
  return result.parts[0];
}

describe('importFile: Verizon raw data download (Account & Wireless Summary)', () => {
  it('recognises the TAB file with its empty first column, in US dollars', async () => {
    const part = await onlyPart(VERIZON);

    expect(part).toMatchObject({ delimiter: '\t', currency: 'USD', rowCount: 3, skippedRows: 1 });
    expect(part.recognition).toMatchObject({
      source: 'verizon-wireless',
      dataset: 'invoices',
      confidence: 1,
    });
  });

  it('bills each line before taxes, with usage read from the GB column only', async () => {
    const part = await onlyPart(VERIZON);

    expect(part.result?.rows).toEqual([
      {
        lineNumber: '+12125550147',
        period: '2024-03',
        billingPeriod: null,
        operator: null,
        plan: 'BUSINESS UNLIMITED SMARTPHONE $45.00 monthly access charge',
        planCharge: 45,
        dataMb: 4352,
        voiceMin: 312,
        sms: 58,
        outOfPlan: 12.5,
        options: 0,
        oneOff: 27.78,
        totalExVat: 88.69,
      },
      {
        lineNumber: '+16465550199',
        period: '2024-03',
        billingPeriod: null,
        operator: null,
        plan: 'FLEXIBLE BUSINESS 6GB $85.00 monthly access charge',
        planCharge: 85,
        dataMb: 6738.944,
        voiceMin: 0,
        sms: 7,
        outOfPlan: 0,
        options: 0,
        oneOff: 0,
        totalExVat: 87.98,
      },
    ]);
  });

  it('rejects a truncated wireless number and names file, row and column', async () => {
    const part = await onlyPart(VERIZON);

    expect(part.result?.rejectedRows).toBe(1);
    expect(part.result?.errors).toEqual([
      {
        file: VERIZON,
        row: 5,
        column: 'Wireless Number',
        code: 'import-phone-invalid',
        value: '212-555-01',
        params: { value: '212-555-01' },
        severity: 'error',
      },
    ]);
  });

  it('lists the lines with user, account and a cost centre kept as text', async () => {
    const part = await onlyPart(VERIZON, { dataset: 'lines' });

    expect(part.result?.rows[0]).toEqual({
      number: '+12125550147',
      operator: null,
      accountNumber: '842109377-00001',
      userName: 'JORDAN REYES',
      userEmail: null,
      department: null,
      costCenter: '0045250140:0000603900',
      plan: 'BUSINESS UNLIMITED SMARTPHONE $45.00 monthly access charge',
      planPrice: null,
      dataAllowanceMb: null,
      voiceAllowanceMin: null,
      status: 'active',
      activationDate: null,
      imei: null,
    });
  });
});

describe('importFile: Bell MOB file (English and French header rows)', () => {
  it('recognises the padded Latin-1 file, in Canadian dollars', async () => {
    const part = await onlyPart(BELL);

    expect(part).toMatchObject({ encoding: 'windows-1252', delimiter: ',', currency: 'CAD' });
    expect(part.recognition).toMatchObject({ source: 'bell-mobile', dataset: 'invoices' });
    expect(part.header.slice(0, 4)).toEqual(['Acct Nbr', 'Invc Date', 'Mobile Nbr', 'Surname']);
  });

  it('bills each mobile before provincial taxes, usage charges apart', async () => {
    const part = await onlyPart(BELL);

    expect(part.result?.rows).toEqual([
      {
        lineNumber: '+14165550142',
        period: '2024-03',
        billingPeriod: null,
        operator: null,
        plan: null,
        planCharge: 47,
        dataMb: 5578.7932,
        voiceMin: 1053,
        sms: 186,
        outOfPlan: 3.2,
        options: 5,
        oneOff: 0,
        totalExVat: 55.2,
      },
      {
        lineNumber: '+15145550177',
        period: '2024-03',
        billingPeriod: null,
        operator: null,
        plan: null,
        planCharge: 35,
        dataMb: 120.5,
        voiceMin: 1.5,
        sms: 0,
        outOfPlan: 12.65,
        options: 0,
        oneOff: 25,
        totalExVat: 72.65,
      },
    ]);
  });

  it('rejects a row whose monthly charge is not a number, naming the column', async () => {
    const part = await onlyPart(BELL);

    expect(part.result?.rejectedRows).toBe(1);
    expect(part.result?.errors).toMatchObject([
      { file: BELL, row: 5, column: 'Mth Chg Ttl', value: 'abc', severity: 'error' },
    ]);
  });
});

describe('importFile: Rogers call detail (headerless data, header files, in a ZIP)', () => {
  const ROGERS = 'rogers-headerless-pipe-with-header-files.zip';

  it('joins each data file with its header file, in one table for the whole bill', async () => {
    const part = await onlyPart(ROGERS);

    expect(part).toMatchObject({
      name: `${ROGERS}/ALL_CALLS-Voice+SMS+GPRS.txt`,
      delimiter: '|',
      currency: 'CAD',
      rowCount: 3,
    });
    expect(part.recognition).toMatchObject({ source: 'rogers-usage', dataset: 'invoices' });
  });

  it('sums calls, messages and data sessions into one row per line and month', async () => {
    const part = await onlyPart(ROGERS);

    expect(part.result?.rows).toEqual([
      {
        lineNumber: '+14165550142',
        period: '2023-04',
        billingPeriod: null,
        operator: null,
        plan: null,
        planCharge: 0,
        dataMb: 1000.083,
        voiceMin: 10,
        sms: 2,
        outOfPlan: 0.91,
        options: 0,
        oneOff: 0,
        totalExVat: 0.91,
      },
      {
        lineNumber: '+12045550163',
        period: '2023-04',
        billingPeriod: null,
        operator: null,
        plan: null,
        planCharge: 0,
        dataMb: 2,
        voiceMin: 2,
        sms: 1,
        outOfPlan: 6.5,
        options: 0,
        oneOff: 0,
        totalExVat: 6.5,
      },
    ]);
  });

  it('rejects the month of a line whose number is cut short, at its first call', async () => {
    const part = await onlyPart(ROGERS);

    expect(part.result?.errors).toEqual([
      {
        file: `${ROGERS}/ALL_CALLS-Voice+SMS+GPRS.txt`,
        row: 5,
        column: 'Line',
        code: 'import-phone-invalid',
        value: '204555016',
        params: { value: '204555016' },
        severity: 'error',
      },
    ]);
  });
});
