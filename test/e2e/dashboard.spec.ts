import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { computeKpis, KPI_DEFINITIONS, KPI_SETTING_DEFAULTS } from '../../src-core/kpi';
import type { KpiInput, KpiSettings } from '../../src-core/kpi';
import { restoreFootprints, restoreOsCatalogue } from '../../src-core/reference';
import { recommendSavings } from '../../src-core/savings';
import { AppPage } from './support/app-page';

// Every expected figure is computed here, in Node, by the same engine on the same generated
// fleet the app stores; the test only checks the screen shows it as a French reader sees it.
const demo = generateDemo();
const bundledCatalogue = readJson('os-catalogue.json');

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(`resources/reference/${name}`, 'utf8'));
}

function kpis(settings: KpiSettings = KPI_SETTING_DEFAULTS) {
  const input: KpiInput = {
    devices: demo.devices,
    lines: demo.lines,
    invoices: demo.invoices,
    settings,
    referenceDate: demo.engagement.referenceDate,
    catalogue: restoreOsCatalogue(bundledCatalogue),
    footprints: restoreFootprints(readJson('device-footprints.json')),
  };
  return new Map(computeKpis(input).map((result) => [result.id, result]));
}

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(value);
const euros = (value: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(value);

async function openDashboard(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-dashboard').click();
  return app;
}

test('the dashboard shows the figures the KPI engine gives on the demo', async ({ page }) => {
  const expected = kpis();
  const compliance = expected.get('devices.complianceRate');
  const unused = expected.get('lines.unusedRate');
  const app = await openDashboard(page);

  const complianceCard = page.getByTestId('kpi-devices.complianceRate');
  await expect(complianceCard.getByTestId('kpi-value')).toHaveText(
    `${number(compliance?.value ?? NaN, 1)} %`,
  );
  await expect(complianceCard.getByTestId('kpi-status')).toHaveText('À surveiller');

  const unusedCard = page.getByTestId('kpi-lines.unusedRate');
  await expect(unusedCard.getByTestId('kpi-flagged')).toHaveText(
    `${number(unused?.evidence.length ?? NaN)} à traiter`,
  );

  await unusedCard.click();
  const evidence = page.getByTestId('evidence-lines');
  await expect(evidence).toHaveAttribute(
    'aria-rowcount',
    String((unused?.evidence.length ?? 0) + 1),
  );
  const firstNumber = evidence.locator('.vtable-row').first().getByRole('cell').first();
  // Numbers are stored as E.164 and shown the French way: 06 12 34 56 78.
  const national = (e164: string) => e164.replace(/^\+33/, '0');
  const shown = (await firstNumber.innerText()).replace(/\s/g, '');
  expect(unused?.evidence.map(national)).toContain(shown);
  await expect(page.getByTestId('kpi-formula')).toContainText('deux derniers mois de facturation');
  expect(app.consoleErrors).toEqual([]);
});

test('an accepted saving shows in the total, and a TCO input recomputes the TCO', async ({
  page,
}) => {
  const savings = recommendSavings({
    ...demo,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: demo.engagement.referenceDate,
  });
  const app = await openDashboard(page);

  await page.getByTestId('dashboard-tab-savings').click();
  await expect(page.getByTestId('savings-accepted-yearly')).toHaveText(`${euros(0)} / an`);
  await page.getByTestId('saving-accept').first().click();
  await expect(page.getByTestId('savings-accepted-yearly')).toHaveText(
    `${euros(savings[0].yearly)} / an`,
  );
  await page.getByTestId('saving-row').first().click();
  await expect(page.getByTestId('saving-proof-rows').locator('tbody tr')).toHaveCount(
    savings[0].evidence.length,
  );

  const support = 18;
  const after = kpis({ ...KPI_SETTING_DEFAULTS, supportCostPerDeviceMonth: support });
  await page.getByTestId('dashboard-tab-settings').click();
  await page.getByTestId('setting-supportCostPerDeviceMonth').fill(String(support));
  await page.getByTestId('setting-supportCostPerDeviceMonth').press('Enter');
  await page.getByTestId('dashboard-tab-kpis').click();
  await expect(
    page.getByTestId('kpi-cost.tcoPerDeviceMonthly').getByTestId('kpi-value'),
  ).toHaveText(`${euros(after.get('cost.tcoPerDeviceMonthly')?.value ?? NaN)} / mois`);
  expect(app.consoleErrors).toEqual([]);
});

test('a deferred saving keeps its note after a reload and stays out of the total', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByTestId('dashboard-tab-savings').click();

  const first = page.getByTestId('saving-row').first();
  const id = await first.getAttribute('data-saving-id');
  await first.getByTestId('saving-defer').click();
  const note = 'Attendre la réponse du client sur la flotte de secours';
  await page.getByTestId('decision-note-text').fill(note);
  await page.getByTestId('decision-note-save').click();
  await expect(page.getByTestId('decision-note-save')).toBeDisabled();

  await page.reload();
  await page.getByTestId('dashboard-tab-savings').click();
  const row = page.locator(`[data-saving-id="${id}"]`);
  await expect(row.getByTestId('saving-decision')).toHaveText('Reportée');
  await expect(row.getByTestId('saving-decision')).toHaveAttribute('title', note);
  await expect(page.getByTestId('savings-accepted-yearly')).toHaveText(`${euros(0)} / an`);

  // Deferred ones wait to be examined again: they stay in the open list.
  await page.getByTestId('savings-filter-open').click();
  await expect(page.locator(`[data-saving-id="${id}"]`)).toBeVisible();
});

test('contract terms entered in Saisies bring contract levers; aged devices show as rows', async ({
  page,
}) => {
  const terms = {
    id: 'terms',
    operator: 'Orange Business',
    contractEnd: '2027-06-30',
    respirationPct: 10,
    minimumMonthly: 25000,
    penaltyPerLine: 45,
  };
  const savings = recommendSavings({
    ...demo,
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: demo.engagement.referenceDate,
    inputs: { 'contract-terms': [terms] },
  });
  const floor = savings.find((saving) => saving.kind === 'minimum-revenue');
  const renew = savings.find((saving) => saving.kind === 'renew');
  const app = await openDashboard(page);

  await page.getByTestId('dashboard-tab-inputs').click();
  await page.getByTestId('inputs-family').selectOption('contract-terms');
  await page.getByTestId('input-add').click();
  const row = page.getByTestId('input-row').last();
  await row.getByTestId('input-cell-operator').fill(terms.operator);
  await row.getByTestId('input-cell-contractEnd').fill(terms.contractEnd);
  await row.getByTestId('input-cell-respirationPct').fill('120');
  await page.getByTestId('input-save').click();
  await expect(row.getByTestId('input-issue-respirationPct')).toHaveText('Valeur trop grande.');
  await row.getByTestId('input-cell-respirationPct').fill('10');
  await row.getByTestId('input-cell-minimumMonthly').fill('25 000');
  await row.getByTestId('input-cell-penaltyPerLine').fill('45');
  await page.getByTestId('input-save').click();
  await expect(page.getByTestId('input-count')).toHaveText('1 ligne(s) enregistrée(s)');

  await page.getByTestId('dashboard-tab-savings').click();
  await page.getByTestId('savings-kind').selectOption('minimum-revenue');
  await expect(page.getByTestId('saving-row')).toHaveCount(1);
  await expect(page.getByTestId('saving-yearly')).toHaveText(euros(floor?.yearly ?? NaN));
  await page.getByTestId('saving-row').click();
  await expect(page.getByTestId('saving-proof-rule')).toContainText('minimum garanti');
  await expect(page.getByTestId('saving-proof-facts')).toContainText(
    `Minimum garanti ${euros(25000)}`,
  );

  await page.getByTestId('savings-kind').selectOption('renew');
  await page.getByTestId('saving-row').first().click();
  await expect(page.getByTestId('evidence-devices')).toHaveAttribute(
    'aria-rowcount',
    String((renew?.evidence.length ?? 0) + 1),
  );
  await expect(page.getByTestId('saving-proof-rows')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('a newer OS catalogue replaces the bundled one, an older one is refused', async ({ page }) => {
  const app = await openDashboard(page);
  await page.getByTestId('dashboard-tab-settings').click();
  const snapshot = page.getByTestId('catalogue-snapshot');
  await expect(snapshot).toContainText('fourni avec l’application');

  const importFile = async (content: unknown) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('catalogue-import').click();
    const buffer = Buffer.from(JSON.stringify(content));
    await (await chooser).setFiles({ name: 'os.json', mimeType: 'application/json', buffer });
  };

  await importFile(bundledCatalogue);
  await expect(page.getByTestId('catalogue-outcome')).toContainText('pas plus récent');
  await importFile({ snapshotDate: '2027-01-15' });
  await expect(page.getByTestId('catalogue-outcome')).toContainText('format attendu');

  await importFile({ ...(bundledCatalogue as object), snapshotDate: '2027-01-15' });
  await expect(page.getByTestId('catalogue-outcome')).toContainText('importé');
  await expect(snapshot).toHaveText('Instantané du 15 janv. 2027 · importé');
  expect(app.consoleErrors).toEqual([]);
});

test('a new engagement without data says what is missing instead of zeros', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission vide');
  await page.getByTestId('nav-dashboard').click();

  const cards = page.locator('.kpi-card');
  await expect(cards).toHaveCount(KPI_DEFINITIONS.length);
  await expect(page.getByTestId('kpi-value')).toHaveCount(0);
  await expect(page.getByTestId('kpi-missing')).toHaveCount(KPI_DEFINITIONS.length);
  await expect(page.getByTestId('savings-no-data')).toContainText('importez les factures');
  await expect(page.getByTestId('kpi-devices.complianceRate')).toContainText(
    'Pas de données : importez l’inventaire des appareils avec l’état de conformité.',
  );
  expect(app.consoleErrors).toEqual([]);
});
