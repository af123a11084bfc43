import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { AppPage } from './support/app-page';

// The suggestion's figure is recomputed here in Node from the same generator: the share of
// the demo's devices (one per key, as in the merged view) that the MDM manages.
const demo = generateDemo();
const devices = [...new Map(demo.devices.map((d) => [d.key, d])).values()];
const managedShare = (devices.filter((d) => d.managed).length * 100) / devices.length;

interface RawQuestion {
  id: string;
  weight: number;
}
const catalogue = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../resources/checklist/catalogue.json'), 'utf8'),
) as { sections: { id: string; questions: RawQuestion[] }[] };
const weightOf = (id: string): number =>
  catalogue.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.weight ?? 0;

const whole = (value: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value);

async function answer(page: Page, questionId: string, value: string): Promise<void> {
  const choice = page.getByTestId(`answer-${questionId}-${value}`);
  await choice.click();
  await expect(choice).toHaveAttribute('aria-checked', 'true');
}

async function openChecklist(app: AppPage): Promise<void> {
  await app.page.getByTestId('nav-checklist').click();
  await expect(app.page.getByTestId('checklist-area')).toBeVisible();
}

test('an audit answered in two sections is scored, kept and turned into actions', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await openChecklist(app);

  // Nothing answered yet: no score, no maturity.
  await page.getByTestId('checklist-tab-scores').click();
  await expect(page.getByTestId('overall-score').locator('.tile-value')).toHaveText('—');
  await expect(page.getByTestId('maturity').locator('.tile-value')).toHaveText('—');

  // Inventory: two answers by hand.
  await page.getByTestId('checklist-tab-questions').click();
  await answer(page, 'inv-subscriptions-mapped', 'no');
  await answer(page, 'inv-fleet-age', 'partly');
  await expect(page.getByTestId('progress-inventory')).toHaveText('2/4');
  await expect(page.getByTestId('answered-inv-subscriptions-mapped')).toContainText(
    demo.engagement.consultant,
  );

  // Security: confirm what the data suggests for "every device managed", then one by hand.
  await page.getByTestId('section-security').click();
  const suggestion = page.getByTestId('suggestion-sec-all-managed');
  await expect(suggestion).toBeVisible();
  const figure = Number(await suggestion.getAttribute('data-figure'));
  expect(figure).toBeCloseTo(managedShare, 6);
  await expect(suggestion.getByTestId('suggestion-text')).toContainText(
    new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(managedShare),
  );
  await page.getByTestId('confirm-sec-all-managed').click();
  await expect(page.getByTestId('answer-sec-all-managed-yes')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await answer(page, 'sec-gdpr', 'no');
  await expect(page.getByTestId('progress-security')).toHaveText('2/7');

  // The gap's proof: a file attached to the answer, kept in the engagement.
  const gdpr = page.getByTestId('question-sec-gdpr');
  const chooser = page.waitForEvent('filechooser');
  await gdpr.getByRole('button', { name: 'Joindre un fichier' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'registre-traitements.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7 registre'),
  });
  await expect(gdpr).toContainText('Fichier : registre-traitements.pdf');

  // Hand-computed scores: inventory = 0 × w(no) + 0.5 × w(partly) over both weights.
  const wMapped = weightOf('inv-subscriptions-mapped');
  const wAge = weightOf('inv-fleet-age');
  const wManaged = weightOf('sec-all-managed');
  const wGdpr = weightOf('sec-gdpr');
  const inventory = (100 * 0.5 * wAge) / (wMapped + wAge);
  const security = (100 * wManaged) / (wManaged + wGdpr);
  const overall = (100 * (0.5 * wAge + wManaged)) / (wMapped + wAge + wManaged + wGdpr);
  const level = Math.min(5, Math.floor(overall / 20) + 1);

  await page.getByTestId('checklist-tab-scores').click();
  await expect(page.getByTestId('score-inventory').getByTestId('section-score')).toHaveText(
    whole(inventory),
  );
  await expect(page.getByTestId('score-security').getByTestId('section-score')).toHaveText(
    whole(security),
  );
  await expect(page.getByTestId('overall-score').locator('.tile-value')).toHaveText(whole(overall));
  await expect(page.getByTestId('maturity').locator('.tile-value')).toHaveText(String(level));
  await expect(page.getByTestId('radar').locator('svg path').first()).toBeAttached();

  // The answers are stored, not held by the screen.
  await page.reload();
  await expect(page.getByTestId('checklist-area')).toBeVisible();
  await expect(page.getByTestId('answer-inv-subscriptions-mapped-no')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.getByTestId('section-security').click();
  await expect(page.getByTestId('answer-sec-all-managed-yes')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByTestId('question-sec-gdpr')).toContainText('registre-traitements.pdf');

  // The "no" becomes an action; rated 5 / 4 / 5 its sum is 2×5 + 2×5 + 4 = 24, band P1.
  await page.getByTestId('checklist-tab-actions').click();
  const action = page.getByTestId('action-action-inv-subscriptions-mapped');
  await expect(action).toBeVisible();
  await expect(page.getByTestId('action-action-sec-gdpr')).toBeVisible();
  await expect(page.getByTestId('action-action-sec-all-managed')).toHaveCount(0);
  await action.getByTestId('rate-impact').selectOption('5');
  await action.getByTestId('rate-feasibility').selectOption('4');
  await action.getByTestId('rate-urgency').selectOption('5');
  await expect(action.getByTestId('priority-band')).toHaveText('P1');
  await expect(action.getByTestId('priority')).toContainText('4,8');

  // A rated action ranks first.
  await expect(page.getByTestId('action-plan').locator('tbody tr').first()).toHaveAttribute(
    'data-testid',
    'action-action-inv-subscriptions-mapped',
  );
  expect(app.consoleErrors).toEqual([]);
});

test('an earlier audit imported from its export shows what improved and regressed', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await openChecklist(app);
  await answer(page, 'inv-subscriptions-mapped', 'no');
  await page.getByTestId('section-security').click();
  await answer(page, 'sec-gdpr', 'yes');

  await page.getByTestId('checklist-tab-comparison').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('checklist-export').click(),
  ]);
  const earlier = await download.path();

  // A year later the subscriptions are mapped but GDPR compliance has slipped.
  await page.getByTestId('checklist-tab-questions').click();
  await answer(page, 'inv-subscriptions-mapped', 'yes');
  await page.getByTestId('section-security').click();
  await answer(page, 'sec-gdpr', 'no');

  await page.getByTestId('checklist-tab-comparison').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('checklist-import-previous').click(),
  ]);
  await chooser.setFiles(earlier);

  const inventory = page.getByTestId('comparison-inventory');
  await expect(inventory).toContainText('+100');
  await expect(inventory).toContainText('Progrès');
  const security = page.getByTestId('comparison-security');
  await expect(security).toContainText('Recul');
  await expect(security.locator('td').nth(1)).toHaveText('100');
  await expect(security.locator('td').nth(2)).toHaveText('0');
  expect(app.consoleErrors).toEqual([]);
});
