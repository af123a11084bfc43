import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { KPI_SETTING_DEFAULTS } from '../../src-core/kpi';
import { fleetOverview, rowsBehind } from '../../src-core/overview';
import type { OverviewInput } from '../../src-core/overview';
import { restoreOsCatalogue } from '../../src-core/reference';
import { AppPage } from './support/app-page';

// The expected bars are counted here, in Node, by the same code on the same generated fleet the
// app stores; the test checks that a click on a bar lists exactly the rows that bar counts.
const demo = generateDemo();
const input: OverviewInput = {
  devices: demo.devices,
  lines: demo.lines,
  invoices: demo.invoices,
  referenceDate: demo.engagement.referenceDate,
  catalogue: restoreOsCatalogue(
    JSON.parse(readFileSync('resources/reference/os-catalogue.json', 'utf8')),
  ),
  windowsTrack: KPI_SETTING_DEFAULTS.windowsTrack,
};
const overview = fleetOverview(input);

const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value);

/** Clicks the longest bar of a horizontal bar chart: the first one of its list. */
async function clickLongestBar(chart: Locator): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  const boxes = [];
  for (const path of await chart.locator('svg path').all()) {
    const box = await path.boundingBox();
    if (box && box.height > 4 && box.height < 40) boxes.push(box);
  }
  const longest = boxes.sort((a, b) => b.width - a.width)[0];
  await chart.page().mouse.click(longest.x + longest.width / 2, longest.y + longest.height / 2);
}

test('the overview charts the demo fleet and lists the rows behind a bar', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('dashboard-tab-overview').click();

  for (const id of ['os', 'models', 'ages', 'compliance', 'months', 'cost']) {
    await expect(page.getByTestId(`overview-chart-${id}`).locator('svg')).toBeVisible();
  }
  await expect(page.getByTestId('overview-waterfall').locator('svg')).toBeVisible();

  // The most common OS release: its bar lists its devices, as many as it counts.
  const [topRelease] = overview.os;
  await clickLongestBar(page.getByTestId('overview-chart-os'));
  const rows = page.getByTestId('overview-rows');
  await expect(rows.locator('h2')).toContainText(topRelease.label ?? '');
  await expect(page.getByTestId('overview-rows-count')).toHaveText(
    `${number(topRelease.value)} lignes`,
  );

  // The department that costs most: its bar lists the invoice rows of its lines.
  const [topDepartment] = overview.costBy.department;
  const behind = rowsBehind(
    { chart: 'cost', dimension: 'department', key: topDepartment.key },
    input,
  );
  await clickLongestBar(page.getByTestId('overview-chart-cost'));
  await expect(rows.locator('h2')).toContainText(topDepartment.label ?? '');
  await expect(page.getByTestId('overview-rows-count')).toHaveText(
    `${number(behind.rows.length)} lignes`,
  );
  await expect(page.getByTestId('overview-rows-table')).toContainText('Total HT');

  expect(app.consoleErrors).toEqual([]);
});
