import { expect, test } from '@playwright/test';

import { KPI_DEFINITIONS } from '../../src-core/kpi';
import { AppPage } from './support/app-page';

// The demo's compliance rate sits between the guide's amber limit (90 %) and its target (95 %):
// amber by default. The consultant agrees a lower target with the client; the status follows,
// the default stays in sight, and the detail panel names what it breaks the figure down by.

test('an engagement target re-rates a KPI and the default stays shown', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-dashboard').click();
  const card = page.getByTestId('kpi-devices.complianceRate');
  await expect(card.getByTestId('kpi-status')).toHaveText('À surveiller');

  await card.click();
  const detail = page.getByTestId('kpi-detail');
  await expect(detail.getByTestId('breakdown-grace').getByRole('cell').first()).toHaveText(
    'En période de grâce',
  );
  await detail.getByTestId('target-value').fill('85');
  await detail.getByTestId('target-amber').fill('80');
  await detail.getByTestId('target-apply').click();

  await expect(card.getByTestId('kpi-status')).toHaveText('Dans la cible');
  await expect(card.getByTestId('kpi-target')).toContainText('cible de la mission');
  await expect(detail.getByTestId('target-default')).toHaveText(
    'Par défaut : Cible ≥ 95 % · alerte dès 90 % (guide métier)',
  );

  await detail.getByTestId('target-amber').fill('90');
  await detail.getByTestId('target-apply').click();
  await expect(detail.getByRole('alert')).toHaveText(
    'Le seuil d’alerte doit être inférieur ou égal à la cible.',
  );

  await detail.getByTestId('target-reset').click();
  await expect(card.getByTestId('kpi-status')).toHaveText('À surveiller');
  // The new support KPI has its card too.
  await expect(page.locator('.kpi-card')).toHaveCount(KPI_DEFINITIONS.length);
  await expect(page.getByTestId('kpi-devices.pastSupportRate')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
