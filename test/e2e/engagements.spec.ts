import { expect, test } from '@playwright/test';

import { AppPage } from './support/app-page';
import { countEngagementRecords, engagementIdFromUrl } from './support/indexeddb';

test('a new engagement is still there after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByText('Aucune mission pour l’instant', { exact: false })).toBeVisible();

  await app.createEngagement('Audit Transports Durand');
  await page.reload();

  await expect(page.getByTestId('workspace-title')).toHaveText('Audit Transports Durand');
  await app.goHome();
  await expect(app.card('Audit Transports Durand')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('an engagement is renamed and duplicated from the home list', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission Alpha');
  await app.goHome();

  await app.card('Mission Alpha').getByTestId('rename').click();
  await page.getByTestId('rename-input').fill('Mission Bêta');
  await page.getByTestId('rename-input').press('Enter');
  await expect(app.card('Mission Bêta')).toHaveCount(1);

  await app.card('Mission Bêta').getByTestId('duplicate').click();
  await expect(app.card('Mission Bêta (copie)')).toHaveCount(1);
  await expect(app.cards()).toHaveCount(2);
});

test('deleting an engagement purges every one of its rows and keeps the others', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission à garder');
  const keptId = engagementIdFromUrl(page);
  await app.goHome();
  await app.loadDemo();
  const demoId = engagementIdFromUrl(page);
  const before = await countEngagementRecords(page, demoId);
  expect(before.batches).toBeGreaterThan(20);
  expect(before.imports).toBe(3);

  await app.goHome();
  const demoCard = app.cards().filter({ has: page.locator('.badge') });
  await demoCard.getByTestId('delete').click();
  await page.getByTestId('confirm').click();

  await expect(demoCard).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText('Mission supprimée');
  const after = await countEngagementRecords(page, demoId);
  expect(
    Object.values(after).every((count) => count === 0),
    JSON.stringify(after),
  ).toBe(true);
  const kept = await countEngagementRecords(page, keptId);
  expect(kept.engagements).toBe(1);
});

test('cancelling the confirmation deletes nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission prudente');
  await app.goHome();

  await app.card('Mission prudente').getByTestId('delete').click();
  await page.getByRole('button', { name: 'Annuler' }).click();

  await expect(app.card('Mission prudente')).toHaveCount(1);
});
