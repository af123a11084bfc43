import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';

// The budget variance is worked out from the same generated demo the app stores and the
// figures the CSV below holds: the invoiced total of each billed month.
const billed = new Map<string, number>();
for (const { period, totalExVat } of generateDemo().invoices) {
  billed.set(period, (billed.get(period) ?? 0) + totalExVat);
}

function french(value: number, digits: number): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
}

async function openInputs(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('dashboard-tab-inputs').click();
  return app;
}

async function importCsv(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('inputs-csv-import').click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a budget CSV from a French spreadsheet lands in the table and on the card', async ({
  page,
}) => {
  // Two billed months of one year, so the year to date is exactly the two rows imported.
  const [first, second] = [...billed.keys()].sort().slice(-2) as [string, string];
  expect(first.slice(0, 4)).toBe(second.slice(0, 4));
  const actual = (billed.get(first) ?? 0) + (billed.get(second) ?? 0);
  const gap = (actual / (30_000 + 32_500.5) - 1) * 100;
  const varianceText = `${gap > 0 ? '+' : ''}${french(gap, 1)} %`;
  const [year, month] = second.split('-');

  const app = await openInputs(page);
  await importCsv(
    page,
    'budget 2026.csv',
    `\uFEFFMois;Budget prévu (HT)\r\n${first};30 000\r\n${month}/${year};"32 500,50"\r\n`,
  );

  await expect(page.getByTestId('inputs-csv-added')).toHaveText(
    '2 ligne(s) ajoutée(s) depuis budget 2026.csv.',
  );
  const table = page.getByTestId('input-table-budget');
  await expect(table.getByTestId('input-cell-planned').nth(1)).toHaveValue(french(32_500.5, 2));

  // The rows are stored, not only shown: they are still there, and on the card, after a reload.
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await page.getByTestId('dashboard-tab-inputs').click();
    await expect(table.getByTestId('input-row')).toHaveCount(2);
    await page.getByTestId('dashboard-tab-kpis').click();
    const card = page.getByTestId('kpi-cost.budgetVariance').getByTestId('kpi-value');
    await expect(card).toHaveText(varianceText);
  }
  expect(app.consoleErrors).toEqual([]);
});

test('a CSV with one bad row stores nothing and names the row and column', async ({ page }) => {
  const app = await openInputs(page);
  await importCsv(page, 'budget.csv', 'month,planned\n2026-01,1000\n2026-02,mille\n2026-03,900\n');

  const refused = page.getByTestId('inputs-csv-refused');
  await expect(refused).toContainText('budget.csv n’a pas été importé');
  const problem = refused.getByTestId('inputs-csv-problem');
  await expect(problem).toHaveCount(1);
  await expect(problem.locator('td')).toHaveText([
    'budget.csv',
    '3',
    'planned',
    'mille',
    'Nombre attendu, par exemple 1 250,50.',
  ]);
  await expect(page.getByTestId('input-count')).toHaveText('Aucune ligne saisie.');
  expect(app.consoleErrors).toEqual([]);
});
