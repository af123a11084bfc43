import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';

import { AppPage } from './support/app-page';

const catalogue = resolve(
  import.meta.dirname,
  '../fixtures/import/plan-catalogue-fr-semicolon-unlimited.csv',
);

test('a contract plan catalogue is recognised, listed in the Data area and can be removed', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Catalogue Orange');

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-open').click();
  await (await chooser).setFiles([catalogue]);

  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-source')).toContainText(
    'Catalogue de forfaits du contrat',
  );
  await expect(preview.getByTestId('import-count-accepted')).toContainText('5');
  await expect(preview.getByTestId('import-problems')).toContainText(
    'Forfait sans prix mensuel HT',
  );
  await page.getByTestId('import-confirm').click();

  const tile = page.getByTestId('count-plans').locator('.tile-value');
  await expect(tile).toHaveText('5');
  await page.getByTestId('tab-plans').click();
  const table = page.getByTestId('plan-table');
  await expect(table).toContainText('Pro 5 Go');
  await expect(table.getByRole('row').filter({ hasText: 'Pro Illimité' })).toContainText(
    'Illimité',
  );

  await page.getByTestId('import-remove').click();
  await page.getByTestId('confirm').click();
  await expect(tile).toHaveText('0');
  await expect(table).not.toContainText('Pro 5 Go');
  expect(app.consoleErrors).toEqual([]);
});
