import { describe, expect, it } from 'vitest';

import { importFile } from '@core/import';

import { onlyPart } from './import-part';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('the lines a bill also describes', () => {
  it('takes each line once, from its last row, with its plan price and allowances', async () => {
    const part = await onlyPart('operator-fr-three-months-light-line.csv');

    expect(part.result?.dataset).toBe('invoices');
    expect(part.billLines?.rows).toEqual([
      expect.objectContaining({
        number: '+33612345678',
        operator: 'Orange',
        userName: 'Marie Dupont',
        plan: 'Pro 50 Go',
        planPrice: 29,
        dataAllowanceMb: 51200,
        status: 'active',
      }),
      expect.objectContaining({ number: '+33698765432', userName: 'Jean Leroy' }),
    ]);
    expect(part.billLines?.errors).toEqual([]);
  });

  it('keeps the plan of the line’s last month when it changed', async () => {
    const text =
      'Numéro de ligne;Période;Forfait;Prix forfait HT;Data incluse (Mo);Total HT\n' +
      '0612345678;2024-02;Pro 5 Go;12,00;5120;12,00\n' +
      '0612345678;2024-03;Pro 20 Go;19,99;20480;19,99\n';

    const result = await importFile({ name: 'facture.csv', bytes: encode(text) });

    expect(result.ok && result.parts[0].billLines?.rows).toMatchObject([
      { number: '+33612345678', plan: 'Pro 20 Go', planPrice: 19.99, dataAllowanceMb: 20480 },
    ]);
  });

  it('gives no lines when the bill states neither allowance nor plan price', async () => {
    const text = 'Numéro de ligne;Période;Forfait;Total HT\n0612345678;2024-03;Pro;20,00\n';

    const result = await importFile({ name: 'facture.csv', bytes: encode(text) });

    expect(result.ok && result.parts[0].result?.rows).toHaveLength(1);
    expect(result.ok && result.parts[0].billLines).toBeNull();
  });
});
