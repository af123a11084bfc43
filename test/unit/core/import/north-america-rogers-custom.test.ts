import { describe, expect, it } from 'vitest';

import { onlyPart } from './import-part';
import { hasSamples, sample } from './samples';

const CUSTOM = 'rogers-custom-two-preamble-lines.zip';
const ENTRY = `${CUSTOM}/ALL_CALLS-Custom.txt`;

const NONE = { operator: null, plan: null, billingPeriod: null, dataMb: 0, voiceMin: 0, sms: 0 };

describe('importFile: Rogers Custom report (title lines, one column per fee)', () => {
  it('reads the table under the two title lines, leaving the account row out', async () => {
    const part = await onlyPart(CUSTOM);

    expect(part).toMatchObject({ name: ENTRY, delimiter: '|', currency: 'CAD', skippedRows: 3 });
    expect(part.recognition.source).toBe('rogers-custom');
  });

  it('bills each line in the month its period ends, fees by kind, before taxes', async () => {
    const part = await onlyPart(CUSTOM);

    expect(part.result?.rows).toEqual([
      {
        ...NONE,
        lineNumber: '+14165550142',
        period: '2024-03',
        billingPeriod: null,
        planCharge: 75,
        options: 2.5,
        outOfPlan: 4.94,
        oneOff: -17.45,
        totalExVat: 64.99,
      },
      {
        ...NONE,
        lineNumber: '+14165550142',
        period: '2024-02',
        billingPeriod: null,
        planCharge: 75,
        options: 2.5,
        outOfPlan: 0,
        oneOff: -17.45,
        totalExVat: 60.05,
      },
      {
        ...NONE,
        lineNumber: '+15145550177',
        period: '2024-03',
        billingPeriod: null,
        planCharge: 45,
        options: 0,
        outOfPlan: 0,
        oneOff: 120.75,
        totalExVat: 165.75,
      },
    ]);
  });

  it('refuses the month of a line billed in a fee column it does not know', async () => {
    const part = await onlyPart(CUSTOM);

    expect(part.result?.errors).toEqual([
      {
        file: ENTRY,
        row: 7,
        column: 'One-off',
        code: 'import-amount-invalid',
        value: 'Loyalty Adjustment: 5',
        params: { value: 'Loyalty Adjustment: 5' },
        severity: 'error',
      },
    ]);
  });
});

describe.skipIf(!hasSamples)('importFile: the public Rogers Custom sample', () => {
  it('is recognised; its anonymised user numbers are refused by name', async () => {
    const name = 'rogers-calls-custom-byte-analytics-anonymizer.zip';
    const part = await onlyPart(name, {}, sample(name));

    expect(part.recognition.source).toBe('rogers-custom');
    expect(part.result?.errors.map((error) => error.value)).toEqual([
      'test-value-3',
      'test-value-7',
    ]);
  });
});
