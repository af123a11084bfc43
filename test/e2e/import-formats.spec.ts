import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';

import { AppPage } from './support/app-page';
import { countEngagementRecords, engagementIdFromUrl } from './support/indexeddb';

const fixtures = resolve(import.meta.dirname, '../fixtures/import');

interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Chooses in-memory files through the app's own button and the web platform's file input. */
async function chooseFiles(page: Page, files: UploadFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-open').click();
  await (await chooser).setFiles(files);
}

function part(page: Page, name: string) {
  return page.getByTestId('import-part').filter({ hasText: name });
}

async function stored(page: Page): Promise<Record<string, number>> {
  return countEngagementRecords(page, engagementIdFromUrl(page));
}

function zipOfIntuneExport(): UploadFile {
  const csv = readFileSync(resolve(fixtures, 'intune-utf8-bom-entra-labels.csv'));
  const bytes = zipSync({ 'exports/intune-devices.csv': new Uint8Array(csv) });
  return { name: 'intune-export.zip', mimeType: 'application/zip', buffer: Buffer.from(bytes) };
}

async function assetRegisterWorkbook(): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Parc');
  sheet.addRow(['Modèle', 'Numéro de série', 'IMEI', 'Utilisateur', 'Service']);
  sheet.addRow(['iPhone 15', 'XLSXSERIAL01', '352099001761481', 'Léa Martin', 'Ventes']);
  sheet.addRow(['Galaxy S24', 'XLSXSERIAL02', '356938035643809', 'Hugo Petit', 'Achats']);
  sheet.addRow(['Pixel 8', 'XLSXSERIAL03', '', 'Inès Roux', 'Ventes']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { name: 'registre-parc.xlsx', mimeType, buffer };
}

function fixtureFile(name: string): UploadFile {
  return { name, mimeType: 'text/csv', buffer: readFileSync(resolve(fixtures, name)) };
}

// A bill big enough that reading it takes seconds, so that the cancel button can be reached.
function largeBill(rows: number): UploadFile {
  const lines = ['Numéro de ligne;Période;Forfait;Conso data (Mo);Total HT'];
  for (let i = 0; i < rows; i++) {
    lines.push(`06${String(10_000_000 + i).slice(-8)};2024-03;Pro 20 Go;${i % 900},5;19,99`);
  }
  return { name: 'gros-export.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

test('a ZIP inventory, an XLSX register and a Windows-1252 bill are read and stored', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Trois formats');

  const bill = 'operator-fr-semicolon-cp1252-euro.csv';
  await chooseFiles(page, [zipOfIntuneExport(), await assetRegisterWorkbook(), fixtureFile(bill)]);
  await expect(page.getByTestId('import-preview')).toBeVisible();

  const zipped = part(page, 'intune-export.zip/exports/intune-devices.csv');
  await expect(zipped.getByTestId('import-source')).toContainText('Microsoft Intune');
  await expect(zipped.getByTestId('import-count-accepted')).toContainText('4');

  const register = part(page, 'registre-parc.xlsx');
  await expect(register.getByTestId('import-count-accepted')).toContainText('3');
  await expect(register.getByTestId('import-sample')).toContainText('XLSXSERIAL02');

  const invoices = part(page, bill);
  await expect(invoices.getByTestId('import-encoding')).toHaveValue('windows-1252');
  await expect(invoices.getByTestId('import-delimiter')).toHaveValue(';');
  await expect(invoices.getByTestId('import-count-rejected')).toContainText('1');
  // The bill states plan prices and allowances: its three lines are described too.
  await expect(invoices.getByTestId('import-count-billLines')).toContainText('3');
  const rejected = invoices.getByTestId('import-problems').getByRole('row').nth(1);
  await expect(rejected).toContainText('Numéro de ligne');
  await expect(rejected).toContainText('enc-9729345087614266');

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect.poll(() => app.countTile('devices')).toBe(7);
  expect(await app.countTile('lines')).toBe(3);
  expect((await stored(page)).imports).toBe(4);
  expect(app.consoleErrors).toEqual([]);
});

test('cancelling the reading of a large file leaves the engagement as it was', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Annulation');

  await chooseFiles(page, [largeBill(150_000)]);
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await progress.getByRole('button').click();

  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText('annulé');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await stored(page)).toMatchObject({ imports: 0, batches: 0 });

  // The worker is still there for the next file.
  await chooseFiles(page, [fixtureFile('intune-utf8-bom-entra-labels.csv')]);
  await expect(page.getByTestId('import-count-accepted')).toContainText('4');
  expect(await stored(page)).toMatchObject({ imports: 0, batches: 0 });
});

// A notes sheet in front, then this year's fleet, then the devices handed back.
async function workbookWithTwoLists(): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['Export du parc, voir les feuilles suivantes']);
  const fleet = workbook.addWorksheet('Parc');
  fleet.addRow(['Modèle', 'Numéro de série', 'Utilisateur']);
  fleet.addRow(['iPhone 15', 'SHEETSERIAL01', 'Léa Martin']);
  const returned = workbook.addWorksheet('Restitués');
  returned.addRow(['Modèle', 'Numéro de série', 'Utilisateur']);
  returned.addRow(['iPhone 11', 'SHEETSERIAL02', 'Hugo Petit']);
  returned.addRow(['Pixel 6', 'SHEETSERIAL03', 'Inès Roux']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { name: 'parc-trois-feuilles.xlsx', mimeType, buffer };
}

test('the preview reads another sheet, and a bill that names no month takes one', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Choix à la lecture');

  const dew = 'telus-dew-no-invoice-date.txt';
  await chooseFiles(page, [await workbookWithTwoLists(), fixtureFile(dew)]);
  await expect(page.getByTestId('import-preview')).toBeVisible();

  const workbook = part(page, 'parc-trois-feuilles.xlsx');
  await expect(workbook.getByTestId('import-sheet')).toHaveValue('Parc');
  await expect(workbook.getByTestId('import-count-accepted')).toContainText('1');
  await workbook.getByTestId('import-sheet').selectOption('Restitués');
  await expect(workbook.getByTestId('import-sheet')).toHaveValue('Restitués');
  await expect(workbook.getByTestId('import-count-accepted')).toContainText('2');
  await expect(workbook.getByTestId('import-sample')).toContainText('SHEETSERIAL03');

  const bill = part(page, dew);
  await expect(bill.getByTestId('import-count-accepted')).toContainText('0');
  await bill.getByTestId('import-billed-month').fill('2024-02');
  await expect(bill.getByTestId('import-count-accepted')).toContainText('2');
  await expect(bill.getByTestId('import-count-rejected')).toContainText('0');
  await expect(bill.getByTestId('import-sample')).toContainText('2024-02');

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect.poll(() => app.countTile('devices')).toBe(2);
  expect((await stored(page)).imports).toBe(2);
  expect(app.consoleErrors).toEqual([]);
});
