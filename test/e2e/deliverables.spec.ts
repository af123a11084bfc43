import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';
import { storedRecordsText } from './support/indexeddb';

const demo = generateDemo();

async function openDeliverables(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-deliverables').click();
  await expect(page.getByTestId('deliverables-area')).toBeVisible();
  return app;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId(button).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function sectionOrder(page: Page): Promise<(string | null)[]> {
  return page
    .getByTestId('report-sections')
    .locator('> li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
}

test('the report definition is kept per engagement', async ({ page }) => {
  await openDeliverables(page);
  const before = await sectionOrder(page);

  await page.getByTestId('section-toggle-toc').uncheck();
  await page.getByTestId('section-up-conclusions').click();
  await page.getByTestId('section-text-summary').fill('Une flotte à rationaliser.');
  await page.getByTestId('report-version').fill('2.1');
  await page.getByTestId('report-status').selectOption('final');
  // Each change is written as it is made; the reload waits for the last write to land.
  await expect
    .poll(async () => {
      const stored = await storedRecordsText(page, 'report-definition');
      return stored.includes('"version":"2.1"') && stored.includes('"status":"final"');
    })
    .toBe(true);

  await page.reload();
  await page.getByTestId('nav-deliverables').click();
  await expect(page.getByTestId('section-text-summary')).toHaveValue('Une flotte à rationaliser.');
  await expect(page.getByTestId('section-toggle-toc')).not.toBeChecked();
  await expect(page.getByTestId('report-version')).toHaveValue('2.1');
  await expect(page.getByTestId('report-status')).toHaveValue('final');
  const after = await sectionOrder(page);
  const moved = before.indexOf('section-conclusions');
  expect(after.indexOf('section-conclusions')).toBe(moved - 1);
  expect(after[moved]).toBe(before[moved - 1]);
});

test('the demo exports as an Excel workbook with typed, filtered sheets', async ({ page }) => {
  const app = await openDeliverables(page);

  const { name, bytes } = await download(page, 'export-xlsx');

  expect(name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const devices = workbook.getWorksheet('Appareils');
  expect(devices?.rowCount).toBe(demo.devices.length + 1);
  expect(devices?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(devices?.autoFilter).toBeTruthy();
  const invoices = workbook.getWorksheet('Factures');
  expect(typeof invoices?.getRow(2).getCell(12).value).toBe('number');
  expect(workbook.getWorksheet('Synthèse')?.getCell('B7').formula).toMatch(/^COUNTA\(/);
  expect(app.consoleErrors).toEqual([]);
});

test('the demo exports as a PDF report', async ({ page }) => {
  const app = await openDeliverables(page);
  for (const id of ['savings', 'action-plan', 'vendors', 'roadmap', 'governance']) {
    await expect(page.getByTestId(`section-${id}`)).toBeVisible();
  }

  const { name, bytes } = await download(page, 'export-pdf');

  expect(name).toMatch(/^FleetAudit - Groupe Bréval Logistique - Rapport .*\.pdf$/);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(20_000);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('an export can be cancelled from the progress bar', async ({ page }) => {
  await openDeliverables(page);
  const downloads: string[] = [];
  page.on('download', (file) => downloads.push(file.suggestedFilename()));

  await page.getByTestId('export-xlsx').click();
  await page.getByRole('progressbar').getByRole('button').click();

  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByTestId('export-xlsx')).toBeEnabled();
  await page.waitForTimeout(3_000);
  expect(downloads).toEqual([]);
});
