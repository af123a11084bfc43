import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';
import Papa from 'papaparse';

import { generateDemo } from '../../src-core/demo/generate';
import { FOCUS_COLUMNS } from '../../src-core/focus';
import { AppPage } from './support/app-page';

// The expected total comes from the demo generator run here in Node: the bills the app stores.
const demo = generateDemo();
const cents = (value: number) => Math.round(value * 100);
const totalExVat = demo.invoices.reduce((sum, row) => sum + cents(row.totalExVat), 0);

// The names a FOCUS reader needs first, spelled as the specification does.
const KEY_COLUMNS = ['BilledCost', 'ChargeCategory', 'ChargePeriodStart', 'BillingPeriodStart'];

test('the demo’s bills export as FOCUS charges adding up to their total ex VAT', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();

  const button = page.getByRole('button', { name: 'Exporter les factures au format FOCUS (CSV)' });
  await expect(button).toBeEnabled({ timeout: 60_000 });
  const started = page.waitForEvent('download');
  await button.click();
  const file = await started;

  const text = await readFile(await file.path(), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const billed = parsed.data.reduce((sum, row) => sum + cents(Number(row.BilledCost)), 0);
  const lines = new Set(parsed.data.map((row) => row.ResourceId));

  expect(file.suggestedFilename()).toMatch(/^FOCUS - .+ \d{4}-\d{2}-\d{2}\.csv$/);
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...FOCUS_COLUMNS]);
  expect(parsed.meta.fields).toEqual(expect.arrayContaining(KEY_COLUMNS));
  expect(billed).toBe(totalExVat);
  expect(lines.size).toBe(new Set(demo.invoices.map((row) => row.lineNumber)).size);
  expect(parsed.data[0]).toMatchObject({ BillingCurrency: 'EUR', ResourceType: 'Mobile line' });
  expect(app.consoleErrors).toEqual([]);
});
