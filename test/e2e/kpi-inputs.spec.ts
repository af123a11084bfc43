import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';

// The invoiced totals come from the same generated demo the app stores; everything else below
// is worked out by hand from what the test types in.
const demo = generateDemo();
const billedMonths = [...new Set(demo.invoices.map((row) => row.period))].sort();
const invoiced = (month: string) =>
  demo.invoices.filter((row) => row.period === month).reduce((s, row) => s + row.totalExVat, 0);

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(value);

async function addRow(page: Page, cells: Record<string, string>): Promise<void> {
  await page.getByTestId('input-add').click();
  const row = page.locator('[data-testid="input-row"][data-stored="false"]');
  for (const [field, value] of Object.entries(cells)) {
    await row.getByTestId(`input-cell-${field}`).fill(value);
  }
  await row.getByTestId('input-save').click();
  await expect(row).toHaveCount(0);
}

function card(page: Page, id: string): Locator {
  return page.getByTestId(`kpi-${id}`).getByTestId('kpi-value');
}

test('a budget and incidents entered in Saisies show on their cards and survive a reload', async ({
  page,
}) => {
  // Two billed months of the same year, so the year to date is exactly these two.
  const [first, second] = billedMonths.slice(-2) as [string, string];
  expect(first.slice(0, 4)).toBe(second.slice(0, 4));
  const planned = 30_000;
  const variance = ((invoiced(first) + invoiced(second)) / (2 * planned) - 1) * 100;
  const varianceText = `${variance > 0 ? '+' : ''}${number(variance, 1)} %`;

  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-dashboard').click();
  await expect(card(page, 'cost.budgetVariance')).toHaveCount(0);
  await expect(page.getByTestId('kpi-operations.mttrHours')).toContainText(
    'saisissez les incidents',
  );

  await page.getByTestId('dashboard-tab-inputs').click();
  await addRow(page, { month: first, planned: '30 000' });
  await addRow(page, { month: second, planned: '30000' });
  await expect(page.getByTestId('input-count')).toHaveText('2 ligne(s) enregistrée(s)');

  await page.getByTestId('inputs-family').selectOption('incidents');
  // 4 h and 26 h: a mean of 15 h.
  await addRow(page, { openedAt: '2026-10-05T09:00', resolvedAt: '2026-10-05T13:00' });
  await addRow(page, { openedAt: '2026-10-06T08:00', resolvedAt: '2026-10-07T10:00' });

  const expectCards = async () => {
    await page.getByTestId('dashboard-tab-kpis').click();
    await expect(card(page, 'cost.budgetVariance')).toHaveText(varianceText);
    await expect(card(page, 'operations.mttrHours')).toHaveText('15 h');
    await expect(page.getByTestId('kpi-operations.mttrHours').getByTestId('kpi-basis')).toHaveText(
      'Sur 2 saisies',
    );
  };
  await expectCards();

  await page.reload();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expectCards();
  await page.getByTestId('dashboard-tab-inputs').click();
  await expect(page.getByTestId('input-table-budget').getByTestId('input-row')).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
});

test('a refused value says why and is not saved', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Saisies refusées');
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('dashboard-tab-inputs').click();
  await page.getByTestId('inputs-family').selectOption('adoption');

  await page.getByTestId('input-add').click();
  const row = page.getByTestId('input-row');
  await row.getByTestId('input-cell-app').fill('CRM');
  await row.getByTestId('input-cell-eligible').fill('douze');
  await row.getByTestId('input-cell-active').fill('40');
  await row.getByTestId('input-save').click();

  await expect(row.getByTestId('input-issue-eligible')).toHaveText(
    'Nombre attendu, par exemple 1 250,50.',
  );
  await row.getByTestId('input-cell-eligible').fill('30');
  await row.getByTestId('input-save').click();
  await expect(row.getByTestId('input-issue-active')).toHaveText('Plus d’actifs que d’éligibles.');
  await expect(page.getByTestId('input-count')).toHaveText('0 ligne(s) enregistrée(s)');
  expect(app.consoleErrors).toEqual([]);
});
