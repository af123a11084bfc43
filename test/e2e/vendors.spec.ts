import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';

import { AppPage } from './support/app-page';

/** Starts a grid from the essentials template and keeps Intune, Workspace ONE and Acme MDM. */
async function buildGrid(page: Page): Promise<void> {
  await page.getByTestId('nav-vendors').click();
  await page.getByTestId('grid-start').locator('input[value="bundled:essentials"]').check();
  await page.getByTestId('grid-create').click();

  await page.getByTestId('vendors-tab-participants').click();
  for (const name of ['Ivanti Neurons for MDM', 'SOTI MobiControl', 'Jamf Pro']) {
    await page.getByTestId(`remove-vendor-${name}`).click();
    await page.getByTestId('confirm').click();
  }
  await page.getByTestId('add-vendor-name').fill('Acme MDM');
  await page.getByTestId('add-vendor-submit').click();
  for (const name of ['Alice', 'Bruno']) {
    await page.getByTestId('add-evaluator-name').fill(name);
    await page.getByTestId('add-evaluator-submit').click();
  }
  await expect(page.getByTestId('vendor-list').locator('li')).toHaveCount(3);
}

async function setWeights(page: Page): Promise<void> {
  await page.getByTestId('vendors-tab-criteria').click();
  await page.getByTestId('weight-mode-percent').check();
  await expect(page.getByTestId('weight-sec-conditional-access')).toHaveValue('10');

  await page.getByTestId('weight-sec-conditional-access').fill('20');
  await expect(page.getByTestId('percent-warning')).toContainText('110');
  await page.getByTestId('weight-auto-app-deployment').fill('0');
  await page.getByTestId('weight-sup-partners').fill('2');
  await expect(page.getByTestId('percent-warning')).toHaveCount(0);

  // Only conditional access stays eliminatory, with its threshold of 3.
  for (const id of ['int-directory', 'auto-zero-touch', 'os-apple-mobile', 'ux-byod-privacy']) {
    const box = page.getByTestId(`must-have-${id}`);
    if (await box.isChecked()) await box.uncheck();
  }
}

async function score(page: Page, vendor: string, values: Record<string, number>) {
  await page.getByTestId('score-vendor').selectOption({ label: vendor });
  for (const [criterion, value] of Object.entries(values)) {
    await page.getByTestId(`score-${criterion}`).selectOption(String(value));
  }
}

function rankingNames(page: Page) {
  return page.getByTestId('ranking-row').locator('td:nth-child(2)');
}

/** Column of a vendor's score in an evaluator sheet, found by its header. */
function scoreColumnOf(sheet: Worksheet, vendor: string): number {
  const header = sheet.getRow(3);
  for (let c = 1; c <= header.cellCount; c++) {
    const text = header.getCell(c).value;
    if (typeof text === 'string' && text.startsWith(vendor)) return c;
  }
  throw new Error(`no column for ${vendor}`);
}

function rowOf(sheet: Worksheet, criterionId: string): number {
  for (let r = 4; r <= sheet.rowCount; r++) {
    if (sheet.getCell(r, 1).value === criterionId) return r;
  }
  throw new Error(`no row for ${criterionId}`);
}

async function importWorkbook(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('xlsx-import').click();
  await (await chooser).setFiles(path);
}

test('a weighted grid ranks three vendors and merges filled evaluator workbooks', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Choix MDM');
  await buildGrid(page);
  await setWeights(page);

  await page.getByTestId('vendors-tab-scores').click();
  await page.getByTestId('score-evaluator').selectOption({ label: 'Alice' });
  await score(page, 'Microsoft Intune', { 'sec-conditional-access': 5, 'cost-licence-price': 3 });
  await score(page, 'Omnissa Workspace ONE', {
    'sec-conditional-access': 4,
    'cost-licence-price': 5,
  });
  await score(page, 'Acme MDM', { 'sec-conditional-access': 2, 'cost-licence-price': 5 });

  await page.getByTestId('vendors-tab-results').click();
  await expect(rankingNames(page)).toHaveText(['Microsoft Intune', 'Omnissa Workspace ONE']);
  await expect(page.getByTestId('eliminated')).toContainText('Acme MDM');
  const licence = page.getByTestId('sensitivity-row').filter({ hasText: 'Prix des licences' });
  await expect(licence).toContainText('Omnissa Workspace ONE');
  await expect(page.getByTestId('grid-bars').locator('svg')).toBeVisible();

  // What if the licence price weighed 40 % instead of 8 %: Workspace ONE overtakes Intune.
  await page.getByTestId('what-if-criterion').selectOption({ label: 'Prix des licences' });
  await page.getByTestId('what-if-slider').fill('40');
  await expect(page.getByTestId('what-if-verdict')).toHaveText('Le vainqueur change.');
  await expect(page.getByTestId('what-if-row').first()).toContainText('Omnissa Workspace ONE');

  await page.getByTestId('vendors-tab-exchange').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('xlsx-export').click();
  const exported = await (await download).path();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    readFileSync(exported) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Mode d’emploi', 'Alice', 'Bruno']);
  const alice = workbook.getWorksheet('Alice')!;
  const bruno = workbook.getWorksheet('Bruno')!;
  const access = rowOf(bruno, 'sec-conditional-access');
  expect(alice.getCell(access, scoreColumnOf(alice, 'Microsoft Intune')).value).toBe(5);

  // A wrong cell first: the whole file is refused and the cell is named.
  bruno.getCell(access, scoreColumnOf(bruno, 'Acme MDM')).value = 'bof';
  const badPath = join(tmpdir(), `vendors-bad-${process.pid}.xlsx`);
  writeFileSync(badPath, new Uint8Array(await workbook.xlsx.writeBuffer()));
  await importWorkbook(page, badPath);
  await expect(page.getByTestId('import-report')).toHaveAttribute('data-ok', 'false');
  const acmeColumn = String.fromCharCode(64 + scoreColumnOf(bruno, 'Acme MDM'));
  await expect(page.getByTestId('import-issues')).toContainText(`'Bruno'!${acmeColumn}${access}`);

  bruno.getCell(access, scoreColumnOf(bruno, 'Microsoft Intune')).value = 3;
  bruno.getCell(access, scoreColumnOf(bruno, 'Omnissa Workspace ONE')).value = 5;
  bruno.getCell(access, scoreColumnOf(bruno, 'Acme MDM')).value = 4;
  const compliance = rowOf(alice, 'sec-compliance-rules');
  const ws1 = scoreColumnOf(alice, 'Omnissa Workspace ONE');
  alice.getCell(compliance, ws1).value = '4,5';
  alice.getCell(compliance, ws1 + 1).value = '=POC concluant';
  const goodPath = join(tmpdir(), `vendors-good-${process.pid}.xlsx`);
  writeFileSync(goodPath, new Uint8Array(await workbook.xlsx.writeBuffer()));
  await importWorkbook(page, goodPath);
  await expect(page.getByTestId('import-report')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('import-report')).toContainText('Bruno : 3 ajoutées');

  await page.getByTestId('vendors-tab-results').click();
  await expect(rankingNames(page)).toHaveText([
    'Omnissa Workspace ONE',
    'Microsoft Intune',
    'Acme MDM',
  ]);
  await expect(page.getByTestId('eliminated')).toHaveCount(0);

  await page.getByTestId('vendors-tab-scores').click();
  await page.getByTestId('score-evaluator').selectOption({ label: 'Alice' });
  await page.getByTestId('score-vendor').selectOption({ label: 'Omnissa Workspace ONE' });
  await expect(page.getByTestId('score-sec-compliance-rules')).toHaveValue('4.5');
  const rationale = page.getByLabel('Justification de Règles de conformité et remédiation');
  await expect(rationale).toHaveValue('=POC concluant');
  expect(app.consoleErrors).toEqual([]);
});

test('three-year costs and a saved template that starts another engagement', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Client A');
  await buildGrid(page);
  await setWeights(page);

  await page.getByTestId('vendors-tab-costs').click();
  await page.getByTestId('fleet-devices').fill('100');
  const intune = page.getByTestId('cost-row').filter({ hasText: 'Microsoft Intune' });
  await intune.getByLabel('Microsoft Intune Prix mensuel').fill('5');
  await intune.getByLabel('Microsoft Intune Mise en place').fill('1000');
  // 100 devices × 5 € × 36 months + 1,000 € once.
  await expect(intune.getByTestId('cost-total')).toHaveText(/19\s000,00\s€/);

  await page.getByTestId('vendors-tab-exchange').click();
  await page.getByTestId('template-name').fill('Modèle sécurité');
  await page.getByTestId('template-save').click();
  const saved = page
    .getByRole('status')
    .filter({ hasText: 'Modèle « Modèle sécurité » enregistré.' });
  await expect(saved).toBeVisible();
  await saved.getByRole('button', { name: 'Fermer' }).click();

  await app.goHome();
  await app.createEngagement('Client B');
  await page.getByTestId('nav-vendors').click();
  await page
    .getByTestId('grid-start')
    .getByText(/Modèle sécurité/)
    .click();
  await page.getByTestId('grid-create').click();
  await expect(page.getByTestId('weight-mode-percent')).toBeChecked();
  await expect(page.getByTestId('weight-sec-conditional-access')).toHaveValue('20');
  await expect(page.getByTestId('percent-warning')).toHaveCount(0);
  await expect(page.getByTestId('must-have-auto-zero-touch')).not.toBeChecked();

  await page.getByTestId('vendors-tab-results').click();
  await expect(page.getByTestId('results-empty')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
