import { describe, expect, it } from 'vitest';

import { onlyPart } from './import-part';
import { NO_CHARGES } from './support/invoice-rows';
import { hasSamples, sample } from './samples';

const ACC = 'bell-acc-double-header-account-level.csv';
const DTL = 'bell-dtl-double-header-quoted-calls.csv';
const COST = 'bell-cost-overview-trailing-empty-rows.xlsx';
const USAGE = 'bell-usage-overview-zone-columns.xlsx';
const CHARGES = 'bell-invoice-charge-one-row-per-charge.xlsx';
const PROFILE = 'bell-user-profile-feature-columns.xlsx';
const HARDWARE = 'bell-hardware-report-device-per-line.xlsx';

const ZERO = { ...NO_CHARGES, outOfPlan: 0 };
const NO_USAGE = { dataMb: 0, voiceMin: 0, sms: 0 };

describe('importFile: Bell ACC and DTL files (English and French header rows)', () => {
  it('knows the ACC file and says it is an account-level file', async () => {
    const part = await onlyPart(ACC);

    expect(part.recognition).toMatchObject({
      source: 'bell-account',
      dataset: null,
      notice: 'import-not-per-line',
    });
    expect(part.result).toBeNull();
  });

  it('sums DTL calls (mmm:ss) and data sessions (MB) per mobile and invoice', async () => {
    const part = await onlyPart(DTL);

    expect(part).toMatchObject({ encoding: 'windows-1252', currency: 'CAD' });
    expect(part.recognition.source).toBe('bell-call-detail');
    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        lineNumber: '+14165550142',
        period: '2024-03',
        dataMb: 250.5,
        voiceMin: 13.5,
        sms: 0,
        outOfPlan: 1.5,
        totalExVat: 1.5,
      },
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+15145550177',
        period: '2024-03',
        voiceMin: 3,
        outOfPlan: 0.75,
        totalExVat: 0.75,
      },
    ]);
  });

  it('rejects the month of a mobile with a call length that is not mmm:ss', async () => {
    const part = await onlyPart(DTL);

    expect(part.result?.errors).toMatchObject([
      { file: DTL, row: 7, column: 'Voice minutes', code: 'import-number-invalid', value: 'three' },
    ]);
  });
});

describe('importFile: Bell portal XLSX reports', () => {
  it('bills the cost overview before taxes, stopping at the formatted empty rows', async () => {
    const part = await onlyPart(COST);

    expect(part.recognition.source).toBe('bell-cost-overview');
    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+14165550142',
        period: '2024-03',
        planCharge: 52,
        options: 5,
        oneOff: -2.5,
        outOfPlan: 12.4,
        totalExVat: 66.9,
      },
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+15145550177',
        period: '2024-03',
        planCharge: 47,
        oneOff: -1,
        totalExVat: 46,
      },
    ]);
    expect(part.result?.errors).toEqual([]);
  });

  it('reads the usage overview: minutes, texts and MB at home and roaming', async () => {
    const part = await onlyPart(USAGE);

    expect(part.recognition.source).toBe('bell-usage-overview');
    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        lineNumber: '+14165550142',
        period: '2024-03',
        voiceMin: 557,
        sms: 100,
        dataMb: 9961.75,
        totalExVat: 0,
      },
      {
        ...ZERO,
        lineNumber: '+15145550177',
        period: '2024-03',
        voiceMin: 96,
        sms: 30,
        dataMb: 1632.04,
        totalExVat: 0,
      },
    ]);
  });

  it('sums the invoice charge report after discounts and refuses an unknown charge type', async () => {
    const part = await onlyPart(CHARGES);

    expect(part.recognition.source).toBe('bell-invoice-charges');
    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+14165550142',
        period: '2024-03',
        options: 4,
        oneOff: 25,
        totalExVat: 29,
      },
    ]);
    expect(part.result?.errors).toMatchObject([
      { row: 5, column: 'Total before taxes', value: 'Loyalty Offer: 3' },
    ]);
  });

  it('dates usage billed a month late by its From and To, in the month it was used', async () => {
    const part = await onlyPart('bell-invoice-charge-usage-from-to-previous-month.xlsx');

    expect(part.result?.errors).toEqual([]);
    expect(part.result?.rows).toEqual([
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+14165550142',
        period: '2024-03',
        options: 4,
        totalExVat: 4,
      },
      {
        ...ZERO,
        ...NO_USAGE,
        lineNumber: '+14165550142',
        period: '2024-02',
        billingPeriod: '2024-03',
        outOfPlan: 14.75,
        totalExVat: 14.75,
      },
    ]);
  });

  it('lists the lines of the user profile with plan, price and allowance', async () => {
    const part = await onlyPart(PROFILE);

    expect(part.recognition).toMatchObject({ source: 'bell-user-profile', dataset: 'lines' });
    expect(part.result?.rows).toEqual([
      {
        number: '+14165550142',
        operator: null,
        accountNumber: '512345678',
        userName: 'Roy',
        userEmail: null,
        department: 'Ventes',
        costCenter: null,
        plan: 'Corp SmartShare 65 36M',
        planPrice: 47,
        dataAllowanceMb: 5120,
        voiceAllowanceMin: 0,
        status: 'active',
        activationDate: '2019-03-15',
        imei: '356938035643809',
      },
    ]);
  });

  it('lists the lines of the hardware report with their IMEI', async () => {
    const part = await onlyPart(HARDWARE);

    expect(part.recognition).toMatchObject({ source: 'bell-hardware', dataset: 'lines' });
    expect(part.result?.rows[0]).toMatchObject({
      number: '+14165550142',
      imei: '356938035643809',
      plan: null,
      activationDate: '2019-03-15',
    });
  });
});

describe.skipIf(!hasSamples)('importFile: the public Bell samples', () => {
  it.each([
    ['bell-acc-double-header-byte-analytics-anonymizer.csv', 'bell-account'],
    ['bell-dtl-double-header-byte-analytics-anonymizer.csv', 'bell-call-detail'],
    ['bell-cost-overview-byte-analytics-anonymizer.xlsx', 'bell-cost-overview'],
    ['bell-usage-overview-byte-analytics-anonymizer.xlsx', 'bell-usage-overview'],
    ['bell-invoice-charge-report-byte-analytics-anonymizer.xlsx', 'bell-invoice-charges'],
    ['bell-enhanced-user-profile-byte-analytics-anonymizer.xlsx', 'bell-user-profile'],
    ['bell-hardware-report-byte-analytics-anonymizer.xlsx', 'bell-hardware'],
  ])('recognises %s as %s', async (name, source) => {
    const part = await onlyPart(name, {}, sample(name));

    expect(part.recognition.source).toBe(source);
  });

  it('refuses the anonymised numbers of the cost overview, one error per line', async () => {
    const name = 'bell-cost-overview-byte-analytics-anonymizer.xlsx';
    const part = await onlyPart(name, {}, sample(name));

    expect(part.result?.errors.map((error) => error.value)).toEqual([
      'test-number-1',
      'test-number-2',
      'test-number-3',
    ]);
  });
});
