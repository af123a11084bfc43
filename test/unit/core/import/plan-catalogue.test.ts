import { describe, expect, it } from 'vitest';

import { importFile } from '@core/import';
import type { ImportedPart } from '@core/import';
import { recognise } from '@core/import/recognise/recognise';

import { fixture } from './fixtures';

async function onlyPart(name: string): Promise<ImportedPart> {
  const result = await importFile({ name, bytes: fixture(name) });
  if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
  expect(result.parts).toHaveLength(1);
  return result.parts[0];
}

const GO = 1024;

describe('importFile: a contract plan catalogue', () => {
  it('reads a French annex with units, unlimited allowances and commitments', async () => {
    const part = await onlyPart('plan-catalogue-fr-semicolon-unlimited.csv');

    expect(part.recognition).toMatchObject({ source: 'plan-catalogue', dataset: 'plans' });
    expect(part.result?.rows).toEqual([
      {
        operator: 'Orange',
        plan: 'Pro 500 Mo',
        planCode: 'OPR05',
        planPrice: 7.5,
        dataAllowanceMb: 500,
        voiceAllowanceMin: 120,
        smsAllowance: 100,
        commitmentMonths: 24,
      },
      {
        operator: 'Orange',
        plan: 'Pro 5 Go',
        planCode: 'OPR5',
        planPrice: 12.5,
        dataAllowanceMb: 5 * GO,
        voiceAllowanceMin: null,
        smsAllowance: null,
        commitmentMonths: 24,
      },
      {
        operator: 'Orange',
        plan: 'Pro 50 Go',
        planCode: 'OPR50',
        planPrice: 29,
        dataAllowanceMb: 50 * GO,
        voiceAllowanceMin: null,
        smsAllowance: null,
        commitmentMonths: 12,
      },
      {
        operator: 'Orange',
        plan: 'Pro Illimité',
        planCode: 'OPRU',
        planPrice: 45,
        dataAllowanceMb: null,
        voiceAllowanceMin: null,
        smsAllowance: null,
        commitmentMonths: 0,
      },
      {
        operator: 'Orange',
        plan: 'Data 1,5 Go',
        planCode: 'ODATA',
        planPrice: 6,
        dataAllowanceMb: 1.5 * GO,
        voiceAllowanceMin: 0,
        smsAllowance: 0,
        commitmentMonths: null,
      },
    ]);
  });

  it('rejects a plan without price or data allowance, naming row and column', async () => {
    const part = await onlyPart('plan-catalogue-fr-semicolon-unlimited.csv');

    expect(part.result?.rejectedRows).toBe(3);
    expect(part.result?.errors).toMatchObject([
      { row: 7, column: 'Prix mensuel HT', code: 'import-plan-no-price', severity: 'error' },
      { row: 8, column: 'Data incluse', code: 'import-plan-no-data', severity: 'error' },
      {
        row: 9,
        column: 'Prix mensuel HT',
        code: 'import-amount-invalid',
        value: 'douze',
        severity: 'error',
      },
    ]);
  });

  it('reads an English workbook whose data column is titled in GB', async () => {
    const part = await onlyPart('plan-catalogue-en-gb-column.xlsx');

    expect(part.recognition).toMatchObject({ source: 'plan-catalogue', dataset: 'plans' });
    expect(part.result?.errors).toEqual([]);
    expect(part.result?.rows).toEqual([
      {
        operator: 'Vodafone',
        plan: 'Business 3',
        planCode: 'VB3',
        planPrice: 8.5,
        dataAllowanceMb: 3 * GO,
        voiceAllowanceMin: null,
        smsAllowance: null,
        commitmentMonths: 24,
      },
      {
        operator: 'Vodafone',
        plan: 'Business 30',
        planCode: 'VB30',
        planPrice: 21,
        dataAllowanceMb: 30 * GO,
        voiceAllowanceMin: null,
        smsAllowance: null,
        commitmentMonths: 24,
      },
      {
        operator: 'Vodafone',
        plan: 'Business Unlimited',
        planCode: 'VBU',
        planPrice: 39.99,
        dataAllowanceMb: null,
        voiceAllowanceMin: null,
        smsAllowance: null,
        commitmentMonths: 12,
      },
      {
        operator: 'Vodafone',
        plan: 'Business 0.5',
        planCode: 'VB05',
        planPrice: 5,
        dataAllowanceMb: 0.5 * GO,
        voiceAllowanceMin: 300,
        smsAllowance: 0,
        commitmentMonths: null,
      },
    ]);
  });

  it('does not take a line inventory for a catalogue: its plan columns are not enough', () => {
    const header = [
      'Numéro de ligne',
      'Opérateur',
      'Forfait',
      'Prix forfait HT',
      'Data incluse (Mo)',
      'Voix incluse (min)',
    ];

    expect(recognise([header], []).dataset).not.toBe('plans');
  });
});
