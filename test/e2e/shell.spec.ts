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

test('every area of an engagement is reachable from the side navigation', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission zones');

  const areas = [
    ['dashboard', 'Tableau de bord'],
    ['method', 'Méthode'],
    ['vendors', 'Choix de la plateforme'],
    ['checklist', 'Checklist d’audit'],
    ['deliverables', 'Livrables'],
    ['settings', 'Paramètres de la mission'],
    ['data', 'Données'],
  ] as const;
  for (const [area, heading] of areas) {
    await page.getByTestId(`nav-${area}`).click();
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    await expect(page.getByTestId(`nav-${area}`)).toHaveAttribute('aria-current', 'page');
  }
  expect(app.consoleErrors).toEqual([]);
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

  // Chromium's own verdict: no installability error once the service worker controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are incognito, which Chromium reports on its own: not ours to fix.
  const ours = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  expect(ours.map((error) => error.errorId)).toEqual([]);
});
