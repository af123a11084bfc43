import { expect, test } from '@playwright/test';

import { AppPage } from './support/app-page';

const LINES = 6000;

/** A French operator's bill for March 2024, one row per line, stating plans and allowances. */
function bill(): Buffer {
  const header = 'Numéro de ligne;Utilisateur;Période;Forfait;Prix forfait HT;Data incluse (Mo)';
  const rows = Array.from({ length: LINES }, (_, i) => {
    const number = `06 ${String(10_000_000 + i).replace(/(\d\d)(?=\d)/g, '$1 ')}`;
    // Two lines a person: the people with several lines are half as many as the lines.
    return `${number};Personne ${Math.floor(i / 2)};2024-03;Pro 20 Go;19,99;20480;19,99`;
  });
  return Buffer.from([`${header};Total HT`, ...rows].join('\r\n'), 'latin1');
}

test('a bill of thousands of lines is reconciled, one list at a time', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createEngagement('Grande facture');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-open').click();
  await (await chooser).setFiles({ name: 'facture.csv', mimeType: 'text/csv', buffer: bill() });
  await expect(page.getByTestId('import-count-billLines')).toContainText(/6\s000/);
  await page.getByTestId('import-confirm').click();

  // The bill gives its lines: none is carried by a device yet.
  await expect.poll(() => app.countTile('lines')).toBe(LINES);
  const panel = page.getByTestId('reconcile');
  const tile = (finding: string) => panel.getByTestId(`reconcile-${finding}`);
  await expect(tile('linesWithoutDevice')).toContainText(/6\s000/);
  await expect(tile('usersWithSeveralLines')).toContainText(/3\s000/);
  const table = panel.getByTestId('reconcile-table');
  await expect(table).toHaveAttribute('aria-rowcount', String(LINES + 1));
  await expect(table.locator('.vtable-row').first()).toContainText('06 10 00 00 00');

  await tile('usersWithSeveralLines').click();
  await expect(table).toHaveAttribute('aria-rowcount', String(LINES / 2 + 1));
  await expect(table.locator('.vtable-row').first()).toContainText('Personne 0');
  await tile('linesWithoutDevice').click();
  await expect(table).toHaveAttribute('aria-rowcount', String(LINES + 1));
  await expect(panel.getByTestId('reconcile-computing')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
