import { expect, test } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';

// The expected figures come from the same generator, run here in Node: the merged views
// hold one row per device key and per line number.
const demo = generateDemo();
const expectedDevices = new Set(demo.devices.map((device) => device.key)).size;
const expectedLines = new Set(demo.lines.map((line) => line.number)).size;
const expectedInvoices = new Set(demo.invoices.map((row) => `${row.lineNumber}|${row.period}`))
  .size;

test('the demo engagement loads with one click and shows its fleet', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();

  await app.loadDemo();

  await expect(page.getByTestId('workspace-title')).toHaveText(demo.engagement.name);
  await expect.poll(() => app.countTile('devices')).toBe(expectedDevices);
  expect(await app.countTile('lines')).toBe(expectedLines);
  expect(await app.countTile('invoices')).toBe(expectedInvoices);
  await expect(page.getByTestId('import-list').locator('tbody tr')).toHaveCount(3);
  expect(app.consoleErrors).toEqual([]);
});

test('the device table is virtualised and filters as you type', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();

  const rendered = await page.getByTestId('device-table').getByRole('row').count();
  expect(rendered).toBeLessThan(80);

  // Someone with both a device and a line: the filter stays when switching tables.
  const someone =
    demo.lines.find(
      (line) => line.userName && demo.devices.some((d) => d.userName === line.userName),
    )?.userName ?? '';
  await page.getByTestId('table-filter').fill(someone);
  const deviceRows = page.getByTestId('device-table').locator('.vtable-row');
  await expect(deviceRows.first()).toContainText(someone);
  expect(await deviceRows.count()).toBeLessThan(10);

  await page.getByTestId('tab-lines').click();
  const lineRows = page.getByTestId('line-table').locator('.vtable-row');
  await expect(lineRows.first()).toContainText(someone);
  expect(app.consoleErrors).toEqual([]);
});

test('the home card shows the demo counts', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await app.goHome();

  const counts = page.getByTestId('engagement-counts');
  await expect(counts).toContainText('appareils');
  const text = (await counts.innerText()).replace(/[\s\u202f\u00a0]/g, '');
  expect(text).toBe(`${expectedDevices}appareils·${expectedLines}lignes`);
});
