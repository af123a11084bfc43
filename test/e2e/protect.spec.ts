import { readFile } from 'node:fs/promises';

import { strFromU8, unzipSync } from 'fflate';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';
import { countEngagementRecords, engagementIdFromUrl } from './support/indexeddb';

const PASSPHRASE = 'Lumière sur le parc 2026';

async function exportEncrypted(app: AppPage, page: Page, passphrase: string): Promise<string> {
  const card = app.cards().filter({ has: page.locator('.badge') });
  await card.getByTestId('export-engagement').click();
  await page.getByTestId('export-passphrase').fill(passphrase);
  await page.getByTestId('export-passphrase-confirm').fill(passphrase);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-submit').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.fleetaudit$/);

  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByTestId('notice')).toContainText('Mission exportée et chiffrée');
  return path;
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-engagement-file').click();
  await (await chooser).setFiles(path);
}

// One checklist answer, given by hand, that must survive the round trip (see checklist.spec.ts).
const ANSWER = 'answer-inv-subscriptions-mapped-no';

async function answerOneQuestion(page: Page): Promise<void> {
  await page.getByTestId('nav-checklist').click();
  await expect(page.getByTestId('checklist-area')).toBeVisible();
  await page.getByTestId(ANSWER).click();
  await expect(page.getByTestId(ANSWER)).toHaveAttribute('aria-checked', 'true');
}

async function deleteDemo(app: AppPage, page: Page): Promise<void> {
  const card = app.cards().filter({ has: page.locator('.badge') });
  await card.getByTestId('delete').click();
  await page.getByTestId('confirm').click();
  await expect(app.cards()).toHaveCount(0);
}

test('an encrypted export of the demo comes back whole after the demo is deleted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  const devices = await app.countTile('devices');
  const lines = await app.countTile('lines');
  const name = await page.getByTestId('workspace-title').innerText();
  await answerOneQuestion(page);
  await app.goHome();

  const path = await exportEncrypted(app, page, PASSPHRASE);
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('FLTAUDX1');
  expect(bytes.includes(Buffer.from(name))).toBe(false);
  await deleteDemo(app, page);

  await chooseFile(page, path);
  await page.getByTestId('import-passphrase').fill(PASSPHRASE);
  await page.getByTestId('import-submit').click();

  await expect(page.getByTestId('workspace-title')).toHaveText(name, { timeout: 60_000 });
  expect(await app.countTile('devices')).toBe(devices);
  expect(await app.countTile('lines')).toBe(lines);
  const stored = await countEngagementRecords(page, engagementIdFromUrl(page));
  expect(stored.imports).toBe(3);
  await page.getByTestId('nav-checklist').click();
  await expect(page.getByTestId(ANSWER)).toHaveAttribute('aria-checked', 'true');
  expect(app.consoleErrors).toEqual([]);
});

test('a wrong passphrase says so and creates nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await app.goHome();
  const path = await exportEncrypted(app, page, PASSPHRASE);
  await deleteDemo(app, page);

  await chooseFile(page, path);
  await page.getByTestId('import-passphrase').fill('pas la bonne phrase');
  await page.getByTestId('import-submit').click();

  await expect(page.getByTestId('import-wrong-passphrase')).toContainText(
    'Phrase de passe incorrecte',
  );
  await expect(page.getByTestId('import-passphrase')).toHaveValue('');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(app.cards()).toHaveCount(0);
  await expect(page.locator('.empty-list')).toBeVisible();
});

test('the export refuses a passphrase typed differently twice', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission Gamma');
  await app.goHome();

  await app.card('Mission Gamma').getByTestId('export-engagement').click();
  await page.getByTestId('export-passphrase').fill('une phrase assez longue');
  await page.getByTestId('export-passphrase-confirm').fill('une phrase assez longe');
  await page.getByTestId('export-submit').click();

  await expect(page.getByTestId('export-problem')).toHaveText(
    'Les deux saisies ne correspondent pas.',
  );
  await expect(page.getByTestId('export-dialog')).toBeVisible();
});

test('a pseudonymised export lists the personal data and replaces every bit of it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await app.goHome();

  await app.cards().first().getByTestId('export-engagement').click();
  await page.getByTestId('personal-data-register').locator('summary').click();
  await expect(page.getByTestId('register-entry')).toHaveCount(3);
  await expect(page.getByTestId('register-entry').first()).toContainText(
    /demo-devices.*noms \([\d\s]+\).*e-mails/,
  );
  await page.getByTestId('export-pseudonymised').check();
  await page.getByTestId('export-encrypt').uncheck();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-submit').click();
  const path = test.info().outputPath('pseudonymised.fleetaudit');
  await (await download).saveAs(path);

  const entries = unzipSync(await readFile(path));
  const rows = Object.entries(entries)
    .filter(([name]) => name.startsWith('batches/'))
    .flatMap(([, bytes]) => JSON.parse(strFromU8(bytes)) as { rows: Record<string, unknown>[] }[])
    .flatMap((batch) => batch.rows);
  const names = rows
    .map((row) => row.userName)
    .filter((name) => name !== null && name !== undefined);
  const numbers = rows.map((row) => row.number ?? row.lineNumber).filter(Boolean);
  expect(names.length).toBeGreaterThan(1000);
  expect(names.every((name) => typeof name === 'string' && /^P-[A-Z2-9]{8}$/.test(name))).toBe(
    true,
  );
  expect(numbers.every((n) => typeof n === 'string' && /^\+999\d{10}$/.test(n))).toBe(true);
  expect(strFromU8(entries['records.json'])).toBe('[]');
});

test('a daily backup is taken and restores the engagement in one click', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission Delta');
  await app.goHome();

  await app.card('Mission Delta').getByTestId('export-engagement').click();
  await page.getByTestId('backup-list').locator('summary').click();
  await expect(page.getByTestId('backup-entry')).toHaveCount(1);
  await page.getByRole('button', { name: 'Annuler' }).click();

  await app.card('Mission Delta').getByTestId('rename').click();
  await page.getByTestId('rename-input').fill('Mission Delta renommée');
  await page.getByTestId('rename-input').press('Enter');
  await app.card('Mission Delta renommée').getByTestId('export-engagement').click();
  await page.getByTestId('backup-list').locator('summary').click();
  await page.getByTestId('backup-restore').click();

  await expect(app.card('Mission Delta')).toHaveCount(1);
  await expect(page.getByTestId('notice')).toContainText('restaurée');
  await expect(app.cards()).toHaveCount(1);
});

test('a deliverable exported with "Pseudonymiser" names nobody of the demo', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-deliverables').click();
  await page.getByTestId('report-pseudonymise').check();

  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 150_000 }),
    page.getByTestId('export-xlsx').click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const cells = new Set<string>();
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.add(c.text))));

  const demo = generateDemo();
  const originals = [...demo.devices, ...demo.lines].flatMap((row) => [
    row.userName,
    row.userEmail,
    row.imei,
  ]);
  originals.push(...demo.lines.map((line) => line.number));
  const leaks = originals.filter((value) => value && cells.has(value));
  expect(originals.length).toBeGreaterThan(5000);
  expect(leaks).toEqual([]);
  expect(workbook.getWorksheet('Appareils')?.rowCount).toBe(demo.devices.length + 1);
  expect([...cells].some((text) => /^P-[A-Z2-9]{8}$/.test(text))).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});

test('a passphrase set under Sécurité locks the app at the next start', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission Verrou');
  await app.goHome();

  await page.getByTestId('security-open').click();
  await expect(page.getByTestId('security-dialog')).toContainText('pas les données');
  await page.getByTestId('security-passphrase').fill(PASSPHRASE);
  await page.getByTestId('security-passphrase-confirm').fill(PASSPHRASE);
  await page.getByTestId('security-submit').click();
  await expect(page.getByTestId('notice')).toContainText('prochain démarrage');

  await page.reload();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByText('Mission Verrou')).toHaveCount(0);

  await page.getByTestId('lock-passphrase').fill('pas la bonne phrase');
  await page.getByTestId('lock-submit').click();
  await expect(page.getByTestId('lock-wrong')).toHaveText('Phrase de passe incorrecte.');
  await expect(page.getByTestId('engagement-list')).toHaveCount(0);

  await page.getByTestId('lock-passphrase').fill(PASSPHRASE);
  await page.getByTestId('lock-submit').click();
  await expect(app.card('Mission Verrou')).toHaveCount(1);

  await page.getByTestId('security-open').click();
  await page.getByTestId('security-remove').click();
  await page.reload();
  await expect(app.card('Mission Verrou')).toHaveCount(1);
});
