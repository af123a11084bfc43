import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

import { generateDemo } from '../../src-core/demo/generate';
import { reconcile } from '../../src-core/reconcile';
import { AppPage } from './support/app-page';

// Expected rows come from the demo generator run here in Node: one view row per device key.
const demo = generateDemo();
const keys = [...new Set(demo.devices.map((device) => device.key))];
const collator = new Intl.Collator('fr', { numeric: true });
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// Typed without accents or capitals, it must still find « Qualité HSE ».
const NEEDLE = 'qualite hse';
const matching = demo.devices.filter((device) => fold(device.department ?? '').includes(NEEDLE));
const matchingKeysDescending = matching
  .map((device) => device.key)
  .sort(collator.compare)
  .reverse();
const SHOWN_HEADERS = [
  'Identifiant',
  'Modèle',
  'Version OS',
  'Utilisateur',
  'Service',
  'Conformité',
  'Dernière synchro',
];

async function download(
  page: Page,
  format: 'csv' | 'xlsx',
  testId = 'device-table',
  scope: Page | Locator = page,
): Promise<Download> {
  await scope.getByTestId(`${testId}-export`).locator('summary').click();
  const started = page.waitForEvent('download');
  await scope.getByTestId(`${testId}-export-${format}`).click();
  return started;
}

async function readCsv(file: Download): Promise<string[][]> {
  const text = await readFile(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function readXlsx(file: Download): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow((row) => {
    const cells = Array.from({ length: width }, (_, index) => row.getCell(index + 1).value);
    // Cells are texts, or empty for an empty text: anything else shows up as a mismatch.
    const text = (value: ExcelJS.CellValue) =>
      typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value);
    rows.push(cells.map(text));
  });
  return rows;
}

test('the device table sorts, filters, hides a column and exports what it shows', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  const table = page.getByTestId('device-table');
  const firstRow = table.locator('.vtable-row').first();
  const keyHeader = table.getByRole('columnheader', { name: 'Identifiant' });

  await keyHeader.getByRole('button').click();
  await expect(keyHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = [...keys].sort(collator.compare);
  await expect(firstRow.getByRole('cell').first()).toHaveText(ascending[0]);
  await keyHeader.getByRole('button').click();
  await expect(keyHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow.getByRole('cell').first()).toHaveText(ascending[ascending.length - 1]);

  await page.getByTestId('table-filter').fill(NEEDLE);
  const count = page.getByTestId('device-table-count');
  await expect
    .poll(async () => (await count.innerText()).replace(/[\s\u202f\u00a0]/g, ''))
    .toBe(`${matching.length}sur${keys.length}enregistrements`);
  await expect(firstRow.getByRole('cell').first()).toHaveText(matchingKeysDescending[0]);

  const chooser = page.getByTestId('device-table-columns');
  await chooser.locator('summary').click();
  await chooser.getByRole('checkbox', { name: 'Plateforme' }).uncheck();
  await expect(table.getByRole('columnheader')).toHaveText(SHOWN_HEADERS);

  const csvFile = await download(page, 'csv');
  expect(csvFile.suggestedFilename()).toMatch(/Appareils \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readCsv(csvFile);
  expect(csv[0]).toEqual(SHOWN_HEADERS);
  expect(csv.slice(1).map((row) => row[0])).toEqual(matchingKeysDescending);
  expect(csv.slice(1).every((row) => row[4] === 'Qualité HSE')).toBe(true);

  const xlsx = await readXlsx(await download(page, 'xlsx'));
  expect(xlsx).toEqual(csv);
  expect(app.consoleErrors).toEqual([]);
});

test('a reconciliation list exports its rows under a file named after the finding', async ({
  page,
}) => {
  const referenceDate = demo.engagement.referenceDate ?? '';
  const ghosts = reconcile(demo.devices, demo.lines, { referenceDate }).ghostDevices;
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();

  await page.getByTestId('reconcile-ghostDevices').click();
  const file = await download(page, 'csv', 'reconcile-table');

  expect(file.suggestedFilename().startsWith(`${demo.engagement.clientName} - `)).toBe(true);
  expect(file.suggestedFilename()).toMatch(/ \d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readCsv(file)).slice(1);
  expect(rows.map((row) => row[0]).sort()).toEqual(ghosts.map((device) => device.key).sort());
});

test('the rejected rows of an import preview download as CSV', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Lignes rejetées');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-open').click();
  await (await chooser).setFiles('test/fixtures/import/operator-fr-semicolon-cp1252-euro.csv');

  const problems = page.getByTestId('import-part');
  await expect(problems.getByTestId('import-problems-export-xlsx')).toHaveCount(0);
  const file = await download(page, 'csv', 'import-problems', problems);

  expect(file.suggestedFilename()).toMatch(/^Lignes rejetées et avertissements .+\.csv$/);
  const rows = await readCsv(file);
  const shown = await problems.getByTestId('import-problems').getAttribute('aria-rowcount');
  expect(rows).toHaveLength(Number(shown));
  const rejected = rows.find((row) => row.includes('enc-9729345087614266'));
  expect(rejected).toContain('Numéro de téléphone invalide.');
});
