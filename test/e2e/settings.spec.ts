import { expect, test } from '@playwright/test';

import { AppPage } from './support/app-page';

// A 1x1 transparent PNG, enough to be a real image file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('engagement settings refuse incoherent dates and keep what was saved', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Mission charte');
  await page.getByTestId('nav-settings').click();
  const form = page.getByTestId('settings-form');

  await form.getByLabel('Client').fill('Transports Durand');
  await page.getByTestId('settings-startDate').fill('2026-11-02');
  await page.getByTestId('settings-endDate').fill('2026-10-01');
  await page.getByTestId('settings-save').click();
  await expect(form).toContainText('La fin précède le début.');

  await page.getByTestId('settings-endDate').fill('2026-12-18');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('logo-choose').click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('logo-preview')).toBeVisible();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('notice')).toContainText('Paramètres enregistrés');

  await page.reload();
  await expect(form.getByLabel('Client')).toHaveValue('Transports Durand');
  await expect(page.getByTestId('settings-endDate')).toHaveValue('2026-12-18');
  await expect(page.getByTestId('logo-preview')).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(app.consoleErrors).toEqual([]);
});
