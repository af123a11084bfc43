import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { assembleReportData } from '@core/documents/report-data';
import { buildWorkbookBytes } from '@core/documents/xlsx/build-workbook';
import { importFile } from '@core/import/import-file';
import { reconcile } from '@core/reconcile/reconcile';
import type { Dataset } from '@core/model/import-record';

import { engagement, smallReport } from './fixtures';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('the Excel workbook', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await load(await buildWorkbookBytes(smallReport()));
  });

  it('holds a summary, one sheet per dataset, the reconciliation, KPIs, savings and imports', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Synthèse',
      'Appareils',
      'Lignes',
      'Factures',
      'Rapprochement',
      'Indicateurs',
      'Économies',
      'Imports',
    ]);
  });

  it('freezes and filters the header row of each dataset sheet', () => {
    const devices = sheet(workbook, 'Appareils');

    expect(devices.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(devices.autoFilter).toBe('A1:V1');
    expect(devices.getRow(1).getCell(3).value).toBe('Numéro de série');
    expect(devices.getColumn(2).width).toBe(22);
  });

  it('writes numbers, dates and money as such, with formats', () => {
    const device = sheet(workbook, 'Appareils').getRow(2);
    const price = device.getCell(18);
    const bought = device.getCell(17);

    expect(price.value).toBe(799.5);
    expect(price.numFmt).toBe('#,##0.00 "€"');
    expect(bought.value).toEqual(new Date('2023-02-01T00:00:00Z'));
    expect(bought.numFmt).toBe('dd/mm/yyyy');
    expect(sheet(workbook, 'Factures').getRow(2).getCell(6).value).toBe(1500.5);
    expect(sheet(workbook, 'Imports').getRow(2).getCell(7).value).toBeInstanceOf(Date);
  });

  it('neutralises texts that a spreadsheet would run as formulas', () => {
    const device = sheet(workbook, 'Appareils').getRow(3);

    expect(device.getCell(2).value).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(device.getCell(13).value).toBe("'@admin");
    expect(device.getCell(15).value).toBe("'+cmd|/C calc");
    expect(sheet(workbook, 'Lignes').getRow(2).getCell(1).value).toBe('+33612345678');
  });

  it('totals with live formulas that carry their value', () => {
    const summary = sheet(workbook, 'Synthèse');
    const cells = [7, 8, 12].map((row) => summary.getRow(row).getCell(2));

    expect(cells[0].formula).toBe("COUNTA('Appareils'!G2:G3)");
    expect(cells[0].result).toBe(2);
    expect(cells[1].formula).toBe("SUM('Appareils'!R2:R3)");
    expect(cells[1].result).toBe(1148.5);
    expect(cells[2].formula).toBe("SUM('Factures'!L2:L5)");
    expect(cells[2].result).toBeCloseTo(68, 6);
  });

  it('colours statuses with conditional formatting', () => {
    const kpis = sheet(workbook, 'Indicateurs') as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    };
    const devices = sheet(workbook, 'Appareils') as typeof kpis;

    expect(kpis.conditionalFormattings.map((cf) => cf.rules[0].formulae[0])).toEqual([
      '$I2="Atteint"',
      '$I2="À surveiller"',
      '$I2="Hors cible"',
    ]);
    expect(devices.conditionalFormattings[0].ref).toBe('U2:U3');
    expect(kpis.getRow(2).getCell(9).value).toBe('Non mesuré');
  });
});

describe('a workbook the app exported', () => {
  it('imports back with the same devices, lines and invoice rows', async () => {
    const demo = generateDemo();
    const data = assembleReportData({
      engagement: engagement(),
      devices: demo.devices.slice(0, 150),
      lines: demo.lines.slice(0, 150),
      invoices: demo.invoices.slice(0, 300),
      imports: [],
      generatedAt: '2026-12-01T09:00:00.000Z',
    });
    const bytes = await buildWorkbookBytes(data);

    const reimport = async (sheetName: string, dataset: Dataset) => {
      const result = await importFile(
        { name: 'export.xlsx', bytes },
        { sheet: sheetName, dataset },
      );
      if (!result.ok) throw new Error(result.error.detail);
      return result.parts[0].result;
    };

    const devices = await reimport('Appareils', 'devices');
    const lines = await reimport('Lignes', 'lines');
    const invoices = await reimport('Factures', 'invoices');

    expect(devices?.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(devices?.rows).toEqual(data.devices);
    expect(lines?.rows).toEqual(data.lines);
    expect(invoices?.rows).toEqual(data.invoices);
  }, 60_000);
});

describe('the reconciliation and savings sheets', () => {
  it('lists each finding by name and each recommendation with its decision and note', async () => {
    const data = smallReport();
    const [first] = data.savings;
    const decision = { id: first.id, decision: 'deferred', decidedAt: '2026-11-30', note: '=cmd' };
    const workbook = await load(
      await buildWorkbookBytes({ ...data, records: { 'saving-decision': [decision] } }),
    );

    const found = reconcile(data.devices, data.lines, { referenceDate: data.referenceDate });
    const lists = sheet(workbook, 'Rapprochement')
      .getColumn(1)
      .values.slice(2)
      .map((value) => (typeof value === 'string' ? value : ''));
    expect(found.linesWithoutDevice.length).toBeGreaterThan(0);
    expect(lists.filter((list) => list === 'Lignes sans appareil')).toHaveLength(
      found.linesWithoutDevice.length,
    );

    const savings = sheet(workbook, 'Économies');
    expect(savings.rowCount).toBe(data.savings.length + 1);
    const row = savings.getRow(2);
    expect(row.getCell(6).value).toBe(Math.max(...data.savings.map((s) => s.yearly)));
    const deferred = [...Array(savings.rowCount).keys()]
      .map((at) => savings.getRow(at + 1))
      .find((candidate) => candidate.getCell(7).value === 'Reportée');
    // The note is text the consultant typed: kept, but never read as a formula.
    expect(deferred?.getCell(8).value).toBe("'=cmd");
  });
});
