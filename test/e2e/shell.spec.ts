import { expect, test } from '@playwright/test';

import { AppPage } from './support/app-page';

test('the language switches to English and stays switched after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { name: 'Missions' })).toBeVisible();

  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Engagements' })).toBeVisible();
  await expect(page.getByTestId('load-demo')).toHaveText('Load the demo engagement');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Engagements' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('every area of an engagement is reachable and says what will come', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission zones');

  const areas = [
    ['dashboard', 'Tableau de bord'],
    ['method', 'Méthode en sept phases'],
    ['vendors', 'Comparaison des éditeurs'],
    ['checklist', 'Checklist d’audit'],
    ['deliverables', 'Livrables'],
    ['data', 'Données'],
  ] as const;
  for (const [area, heading] of areas) {
    await page.getByTestId(`nav-${area}`).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('the web build keeps working with the network cut', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect(page.getByTestId('engagement-list')).toBeAttached();

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Missions' })).toBeVisible();
  await app.createEngagement('Mission hors ligne');
});

test('the web build is an installable app with a manifest and strict CSP', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");

  const manifest = await page.request.get('./manifest.webmanifest');
  const json = (await manifest.json()) as { name: string; display: string; start_url: string };
  expect(json).toMatchObject({ name: 'FleetAudit', display: 'standalone' });
});
