import { describe, expect, it } from 'vitest';

import { mapRows, readTable } from '@core/import';
import type { ColumnMapping } from '@core/import';
import { DEVICE_SHAPE, INVOICE_SHAPE, LINE_SHAPE } from '@core/import/map/shapes';
import { restoreDevice } from '@core/model/device';
import { restoreInvoiceRow } from '@core/model/invoice';
import { restoreLine } from '@core/model/line';

const INVOICE: ColumnMapping = {
  lineNumber: 'Ligne',
  period: 'Période',
  planCharge: 'Forfait HT',
  dataMb: 'Data (Mo)',
  totalExVat: 'Total HT',
};

function invoices(csv: string): ReturnType<typeof mapRows> {
  return mapRows(readTable(csv), { dataset: 'invoices', mapping: INVOICE }, { file: 'f.csv' });
}

describe('mapRows without a schema pass on rows already in shape', () => {
  it('gives exactly what the model schema gives', () => {
    const result = invoices(
      'Ligne;Période;Forfait HT;Data (Mo);Total HT\r\n' +
        '06 12 34 56 78;2024-01;19,99;1 024,5;21,49\r\n' +
        '+33 7 12 34 56 78;02/2024;(3,00);2 Go;-3\r\n',
    );

    expect(result.rows).toHaveLength(2);
    for (const row of result.rows) expect(row).toStrictEqual(restoreInvoiceRow(row));
    expect(result.rows[1]).toMatchObject({ lineNumber: '+33712345678', dataMb: 2048 });
  });

  it('gives a device exactly as the model schema gives it', () => {
    const result = mapRows(
      readTable('Serial,OS,Model,Enrolled,Price\nABC1,iOS 17,iPhone 13,2024-02-01,12.5\n'),
      {
        dataset: 'devices',
        mapping: { serial: 'Serial', os: 'OS', model: 'Model', enrolledAt: 'Enrolled' },
      },
      { file: 'd.csv' },
    );

    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toStrictEqual(restoreDevice(result.rows[0]));
  });

  it('still lets the schema trim what the cell cleaner leaves (an em space)', () => {
    const result = mapRows(
      readTable('Serial,User,Price\nABC1,\u2003Marie Dupont\u2003,12.5\n'),
      {
        dataset: 'devices',
        mapping: { serial: 'Serial', userName: 'User', purchasePrice: 'Price' },
      },
      { file: 'd.csv' },
    );

    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ key: 'ABC1', userName: 'Marie Dupont' });
    expect(result.rows[0]).toStrictEqual(restoreDevice(result.rows[0]));
  });

  it("still lets the schema empty a line's negative plan price", () => {
    const result = mapRows(
      readTable('Numero,Prix\n0612345678,-5\n0612345679,12\n'),
      { dataset: 'lines', mapping: { number: 'Numero', planPrice: 'Prix' } },
      { file: 'l.csv' },
    );

    expect(result.rows.map((row) => (row as { planPrice: number | null }).planPrice)).toEqual([
      null,
      12,
    ]);
    for (const row of result.rows) expect(row).toStrictEqual(restoreLine(row));
  });

  it('checks every field of each model schema', () => {
    for (const shape of [DEVICE_SHAPE, LINE_SHAPE, INVOICE_SHAPE]) {
      expect(Object.keys(shape.checks)).toEqual(shape.fields);
    }
  });
});

describe('mapRows remembering parses per column', () => {
  it('names each row of a repeated bad value in its own error', () => {
    const result = invoices(
      'Ligne;Période;Forfait HT;Data (Mo);Total HT\n' +
        '0612345678;2024-01;abc;1;2\n'.repeat(3) +
        '0612345679;2024-01;19,99;1;2\n',
    );

    const errors = result.errors.filter((error) => error.column === 'Forfait HT');
    expect(errors.map((error) => error.row)).toEqual([2, 3, 4]);
    expect(errors.every((error) => error.code === 'import-amount-invalid')).toBe(true);
    expect(errors[0].params).not.toBe(errors[1].params);
    expect(result.rejectedRows).toBe(3);
  });

  it('reads `1,234` by the mark the rest of the column proves, wherever it is', () => {
    const proofBelow = invoices(
      'Ligne;Période;Forfait HT;Data (Mo);Total HT\n' +
        '0612345678;2024-01;1,234;1;2\n' +
        '0612345679;2024-01;1.234,50;1;2\n',
    );
    expect(proofBelow.rows.map((row) => (row as { planCharge: number }).planCharge)).toEqual([
      1.234, 1234.5,
    ]);

    const noProof = invoices(
      'Ligne;Période;Forfait HT;Data (Mo);Total HT\n0612345678;2024-01;1,234;1;2\n',
    );
    expect(noProof.errors[0]).toMatchObject({ code: 'import-amount-ambiguous', row: 2 });
  });
});
