import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { reconcile } from '../../src-core/reconcile';
import { AppPage } from './support/app-page';
import { countEngagementRecords, engagementIdFromUrl } from './support/indexeddb';

const fixtures = resolve(import.meta.dirname, '../fixtures/import');
const fixturePath = (name: string): string => resolve(fixtures, name);

/** Chooses files through the app's own button and the file input the web platform creates. */
async function chooseFiles(page: Page, ...names: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-open').click();
  await (await chooser).setFiles(names.map(fixturePath));
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

/** Drops a file on the Data screen the way a browser does: a drop event carrying a File. */
async function dropFile(page: Page, name: string): Promise<void> {
  const bytes = [...readFileSync(fixturePath(name))];
  await page.getByTestId('drop-zone').evaluate(
    (zone, { name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true }));
      }
    },
    { name, bytes },
  );
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

function part(page: Page, name: string) {
  return page.getByTestId('import-part').filter({ hasText: name });
}

async function stored(page: Page): Promise<Record<string, number>> {
  return countEngagementRecords(page, engagementIdFromUrl(page));
}

test('two real exports are previewed with their rejected rows, then stored whole', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Import Intune et facture');

  await chooseFiles(
    page,
    'intune-utf8-bom-entra-labels.csv',
    'operator-fr-semicolon-cp1252-euro.csv',
  );

  const intune = part(page, 'intune-utf8-bom-entra-labels.csv');
  await expect(intune.getByTestId('import-source')).toContainText('Microsoft Intune');
  await expect(intune.getByTestId('import-encoding')).toHaveValue('utf-8');
  await expect(intune.getByTestId('import-count-accepted')).toContainText('4');
  await expect(intune.getByTestId('import-sample')).toContainText('F2LXK0ABCD12');
  await expect(intune.getByTestId('import-problems')).toContainText('IMEI abîmé par Excel');

  const bill = part(page, 'operator-fr-semicolon-cp1252-euro.csv');
  await expect(bill.getByTestId('import-encoding')).toHaveValue('windows-1252');
  await expect(bill.getByTestId('import-delimiter')).toHaveValue(';');
  await expect(bill.getByTestId('import-count-rejected')).toContainText('1');
  const rejected = bill.getByTestId('import-problems').getByRole('row').nth(1);
  await expect(rejected).toContainText('7');
  await expect(rejected).toContainText('Numéro de ligne');
  await expect(rejected).toContainText('enc-9729345087614266');
  await expect(rejected).toContainText('Numéro de téléphone invalide.');

  // Nothing is stored before the consultant confirms.
  expect((await stored(page)).imports).toBe(0);

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect.poll(() => app.countTile('devices')).toBe(4);
  expect(await app.countTile('invoices')).toBeGreaterThan(0);

  // The bill's lines, read from its plan columns, are an import of their own.
  const records = await stored(page);
  expect(records.imports).toBe(3);
  expect(records.batches).toBe(3);
  await expect(page.getByTestId('import-list').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('import-list')).toContainText('d’après la facture');

  // Without a date of its own, the engagement is measured as of the bill's last day: one
  // device had not checked in for 30 days on 31 March 2024.
  const reconcile = page.getByTestId('reconcile');
  await expect(reconcile).toContainText('au 31 mars 2024');
  await expect(reconcile.getByTestId('reconcile-staleDevices')).toContainText('1');
  expect(app.consoleErrors).toEqual([]);
});

test('an unknown layout is mapped once, and the mapping is reused in another engagement', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Registre du client');

  await chooseFiles(page, 'unknown-layout-suggestions.csv');
  const editor = page.getByTestId('mapping-editor');
  await expect(editor).toBeVisible();
  // Suggested from the values: IMEIs that pass Luhn, addresses, French mobile numbers.
  await expect(editor.getByTestId('mapping-field-imei')).toHaveValue('Appareil n°');
  await expect(editor.getByTestId('mapping-field-userEmail')).toHaveValue('Mél');
  await editor.getByTestId('mapping-field-userName').selectOption('Porteur');
  await expect(editor.getByTestId('mapping-preview')).toContainText('Marie Dupont');
  await expect(editor.getByTestId('mapping-preview-counts')).toContainText('2 acceptées');

  await editor.getByTestId('mapping-name').fill('Registre maison');
  await editor.getByTestId('mapping-apply').click();
  await expect(page.getByTestId('mapping-editor')).toHaveCount(0);
  await expect(page.getByTestId('import-count-accepted')).toContainText('2');
  await page.getByTestId('import-confirm').click();
  await expect.poll(() => app.countTile('devices')).toBe(2);
  await expect(page.getByTestId('mapping-profile-row')).toContainText('Registre maison');
  await expect(page.getByTestId('notice')).toContainText('2 lignes importées');
  await page.getByTestId('notice').getByRole('button').click();

  await app.goHome();
  await app.createEngagement('Autre mission');
  await dropFile(page, 'unknown-layout-same-header-second-batch.csv');

  await expect(page.getByTestId('import-profile-used')).toContainText('Registre maison');
  await expect(page.getByTestId('import-source')).toContainText(
    'Association enregistrée « Registre maison »',
  );
  await expect(page.getByTestId('mapping-editor')).toHaveCount(0);
  await expect(page.getByTestId('import-count-accepted')).toContainText('1');
  const rejected = page.getByTestId('import-problems').getByRole('row').nth(1);
  await expect(rejected).toContainText('Appareil n°');
  await expect(rejected).toContainText('353911100818626');

  await page.getByTestId('import-confirm').click();
  await expect.poll(() => app.countTile('devices')).toBe(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a ZIP with a ../ entry is refused with a clear message and stores nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Archive piégée');

  await chooseFiles(page, 'zip-slip-dotdot-entry.zip');

  await expect(page.getByTestId('import-file-error')).toContainText(
    'L’archive zip-slip-dotdot-entry.zip contient un chemin dangereux ; elle est refusée.',
  );
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  const records = await stored(page);
  expect(records.imports).toBe(0);
  expect(records.batches).toBe(0);
});

test('removing an import takes its rows away and the views follow', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Retrait');
  await chooseFiles(page, 'intune-utf8-bom-entra-labels.csv');
  await page.getByTestId('import-confirm').click();
  await expect.poll(() => app.countTile('devices')).toBe(4);

  await page.getByTestId('import-remove').click();
  await page.getByTestId('confirm').click();

  await expect.poll(() => app.countTile('devices')).toBe(0);
  const records = await stored(page);
  expect(records.imports).toBe(0);
  expect(records.batches).toBe(0);
  expect(app.consoleErrors).toEqual([]);
});

test('the same file again is flagged and stored only once the consultant confirms', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Deux fois');
  const bill = 'operator-fr-semicolon-cp1252-euro.csv';
  await chooseFiles(page, bill);
  await expect(part(page, bill).getByTestId('import-already')).toHaveCount(0);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  await chooseFiles(page, bill);
  await expect(part(page, bill).getByTestId('import-already')).toContainText(bill);
  await page.getByTestId('import-confirm').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toHaveCount(0);
  // The bill and the lines it describes.
  expect((await stored(page)).imports).toBe(2);

  await page.getByTestId('import-confirm').click();
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).imports).toBe(4);
  expect(app.consoleErrors).toEqual([]);
});

test('the reconciliation lists count the demo fleet and show the rows behind them', async ({
  page,
}) => {
  // The demo's views hold its devices and lines as generated (every key is unique).
  const demo = generateDemo();
  const referenceDate = demo.engagement.referenceDate ?? '';
  const expected = reconcile(demo.devices, demo.lines, { referenceDate });
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();

  const tile = (finding: string) => page.getByTestId(`reconcile-${finding}`).locator('.tile-value');
  await expect
    .poll(async () => Number((await tile('ghostDevices').innerText()).replace(/\D/g, '')))
    .toBe(expected.ghostDevices.length);
  const number = async (finding: string) =>
    Number((await tile(finding).innerText()).replace(/\D/g, ''));
  expect(await number('linked')).toBe(expected.links.length);
  expect(await number('linesWithoutDevice')).toBe(expected.linesWithoutDevice.length);
  expect(await number('devicesWithoutLine')).toBe(expected.devicesWithoutLine.length);
  expect(await number('usersWithSeveralLines')).toBe(expected.usersWithSeveralLines.length);

  await page.getByTestId('reconcile-ghostDevices').click();
  const table = page.getByTestId('reconcile-table');
  await expect(table).toHaveAttribute('aria-rowcount', String(expected.ghostDevices.length + 1));
  await expect(table.locator('.vtable-row').first()).toContainText(expected.ghostDevices[0].key);
  expect(app.consoleErrors).toEqual([]);
});

test('saved mappings travel as a JSON file and come back checked', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Partage des associations');
  await chooseFiles(page, 'unknown-layout-suggestions.csv');
  await page.getByTestId('mapping-name').fill('Registre partagé');
  await page.getByTestId('mapping-apply').click();
  await expect(page.getByTestId('mapping-profile-row')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByTestId('profiles-export').click();
  const saved = await (await download).path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
    profiles: [{ name: 'Registre partagé', dataset: 'devices' }],
  });

  await page.getByTestId('mapping-profile-row').getByRole('button').click();
  await expect(page.getByTestId('mapping-profile-row')).toHaveCount(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('profiles-import').click();
  await (await chooser).setFiles(saved);
  await expect(page.getByTestId('mapping-profile-row')).toContainText('Registre partagé');

  const broken = page.waitForEvent('filechooser');
  await page.getByTestId('profiles-import').click();
  await (
    await broken
  ).setFiles({
    name: 'pas-un-profil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"autre"}'),
  });
  await expect(page.getByTestId('notice').last()).toContainText(
    'pas-un-profil.json n’est pas un fichier d’associations FleetAudit valide',
  );
  await expect(page.getByTestId('mapping-profile-row')).toHaveCount(1);
});
