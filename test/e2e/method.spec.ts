import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { generateDemo } from '../../src-core/demo/generate';
import { METHOD_CATALOGUE } from '../../src-core/method/catalogue';
import { AppPage } from './support/app-page';

// Expected figures come from the same catalogue and generator, computed here by hand.
const totalTasks = Object.values(METHOD_CATALOGUE).reduce(
  (sum, phase) => sum + Object.keys(phase.tasks).length,
  0,
);
const auditTasks = Object.keys(METHOD_CATALOGUE.audit.tasks).length;
const demo = generateDemo();
const department = 'Finance';
const financeDevices = new Set(
  demo.devices.filter((d) => d.department === department).map((d) => d.key),
).size;

const percent = (share: number) => `${Math.round(share * 100)} %`;

async function openMethod(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemo();
  await page.getByTestId('nav-method').click();
  await expect(page.getByTestId('method-area')).toBeVisible();
  return app;
}

async function reloadMethod(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByTestId('method-area')).toBeVisible();
}

test('reviewed tasks and a gate decision move the progress, and survive a reload', async ({
  page,
}) => {
  const app = await openMethod(page);
  await expect(page.getByTestId('overall-progress-percent')).toHaveText('0 %');

  await page.getByTestId('phase-toggle-audit').click();
  const audit = page.getByTestId('phase-audit');
  const rows = audit.getByTestId('task-row');
  await expect(rows).toHaveCount(auditTasks);
  await rows.nth(0).getByTestId('task-status').selectOption('reviewed');
  await rows.nth(1).getByTestId('task-status').selectOption('reviewed');
  // "Done" is the owner's word: it does not count until someone reviews it.
  await rows.nth(2).getByTestId('task-status').selectOption('done');

  await expect(page.getByTestId('progress-audit-percent')).toHaveText(percent(2 / auditTasks));
  await expect(page.getByTestId('overall-progress-percent')).toHaveText(percent(2 / totalTasks));

  await audit.getByTestId('new-task-audit').fill('Atelier de lancement');
  await audit.getByTestId('add-task-audit').click();
  await expect(rows).toHaveCount(auditTasks + 1);
  await expect(page.getByTestId('progress-audit-percent')).toHaveText(
    percent(2 / (auditTasks + 1)),
  );

  // The box shows the stored state, which lands a moment after the click.
  await audit.getByTestId('gate-criterion').first().click();
  await expect(audit.getByTestId('gate-criterion').first()).toBeChecked();
  await audit.getByTestId('gate-by').fill('Claire Martin');
  await audit.getByTestId('gate-why').fill('Périmètre complet');
  await audit.getByTestId('gate-record').click();
  await expect(page.getByTestId('gate-state-audit')).toHaveText('Go');
  await expect(audit.getByTestId('gate-decision')).toContainText('Claire Martin');
  await expect(page.getByTestId('gates-passed')).toContainText('1 sur 7');

  await reloadMethod(page);
  await expect(page.getByTestId('progress-audit-percent')).toHaveText(
    percent(2 / (auditTasks + 1)),
  );
  await expect(page.getByTestId('gate-state-audit')).toHaveText('Go');
  await page.getByTestId('phase-toggle-audit').click();
  await expect(rows.last()).toContainText('Atelier de lancement');
  await expect(audit.getByTestId('gate-criterion').first()).toBeChecked();
  expect(app.consoleErrors).toEqual([]);
});

test('a wave filtered by department covers its devices and draws its burn-up', async ({ page }) => {
  const app = await openMethod(page);
  await page.getByTestId('method-tab-waves').click();

  await page.getByTestId('new-wave').click();
  await page.getByTestId('wave-name').fill('Vague Finance');
  await page.getByTestId('wave-departments').selectOption([department]);
  await expect(page.getByTestId('wave-form-count')).toContainText(String(financeDevices));
  await page.getByTestId('wave-start').fill('2026-12-01');
  await page.getByTestId('wave-end').fill('2026-12-21');
  await page.getByTestId('wave-target').fill('80');
  await page.getByTestId('wave-create').click();

  await expect(page.getByTestId('wave-row-covered')).toHaveText(String(financeDevices));
  const detail = page.getByTestId('wave-detail');
  await expect(detail).toBeVisible();
  await detail.getByTestId('wave-show-devices').click();
  await expect(
    detail.getByTestId('wave-device-table').locator('.vtable-row').first(),
  ).toContainText(department);

  await detail.getByTestId('entry-date').fill('2026-12-04');
  await detail.getByTestId('entry-enrolled').fill('20');
  await detail.getByTestId('entry-failed').fill('2');
  await detail.getByTestId('entry-satisfaction').fill('4');
  await detail.getByTestId('entry-add').click();
  await detail.getByTestId('entry-date').fill('2026-12-11');
  await detail.getByTestId('entry-enrolled').fill('15');
  await detail.getByTestId('entry-incidents').fill('3');
  await detail.getByTestId('entry-add').click();

  // 35 enrolled by 11 December; the plan expects 80 × 10/20 = 40.
  await expect(detail.getByTestId('wave-enrolled').locator('.tile-value')).toHaveText('35');
  await expect(detail.getByTestId('wave-gap')).toContainText('5');
  await expect(detail.getByTestId('wave-burnup').locator('svg path').first()).toBeAttached();

  await reloadMethod(page);
  await page.getByTestId('method-tab-waves').click();
  await expect(page.getByTestId('wave-row-covered')).toHaveText(String(financeDevices));
  await page.getByRole('button', { name: 'Vague Finance' }).click();
  await expect(page.getByTestId('wave-entries').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('wave-enrolled').locator('.tile-value')).toHaveText('35');
  expect(app.consoleErrors).toEqual([]);
});

test('the pilot warns outside four to eight weeks and with a one-department panel', async ({
  page,
}) => {
  await openMethod(page);
  await page.getByTestId('method-tab-pilot').click();

  await page.getByTestId('pilot-start').fill('2027-01-04');
  await page.getByTestId('pilot-end').fill('2027-01-25');
  await expect(page.getByTestId('pilot-warning-too-short')).toBeVisible();
  await expect(page.getByTestId('pilot-warning-single-department')).toBeVisible();

  await page.getByTestId('pilot-end').fill('2027-02-15');
  await page.getByTestId('participant-name').fill('Ana');
  await page.getByTestId('participant-department').fill('Finance');
  await page.getByTestId('participant-add').click();
  await page.getByTestId('participant-name').fill('Bo');
  await page.getByTestId('participant-department').fill('Transport');
  await page.getByTestId('participant-add').click();

  await expect(page.getByTestId('pilot-weeks')).toContainText('6');
  await expect(page.getByTestId('pilot-warnings').locator('li')).toHaveCount(0);
  await expect(page.getByTestId('pilot-ready')).toHaveText(
    'Pas encore prêt pour le déploiement général',
  );
});

test('an objective reads compliance live; a population is checked against the fleet', async ({
  page,
}) => {
  // One row per device key: the merged view keeps the last import's row for a key.
  const byKey = new Map(demo.devices.map((d) => [d.key, d]));
  const known = [...byKey.values()].filter((d) => d.compliance !== 'unknown');
  const compliant = known.filter((d) => d.compliance === 'compliant').length;
  const rate = (100 * compliant) / known.length;
  const shown = `${rate.toFixed(1).replace('.', ',')} %`;
  await openMethod(page);

  await page.getByTestId('method-tab-objectives').click();
  await expect(page.getByTestId('objective-add')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('objective-baseline').fill('80');
  await page.getByTestId('objective-add').click();

  await expect(page.getByTestId('objective-current')).toHaveText(shown);
  await expect(page.getByTestId('objective-standing')).toHaveText(
    rate >= 95 ? 'Atteint' : `Non atteint (${Math.round(((rate - 80) / 15) * 100)} % du chemin)`,
  );

  await page.getByTestId('method-tab-governance').click();
  await page.getByTestId('new-population').click();
  await page.getByTestId('population-departments').selectOption([department]);
  await expect(page.getByTestId('population-fit')).toContainText(`${financeDevices} appareils`);

  // BYOD brings the container and the privacy wording; switching the container off warns.
  // Boxes show the stored state, which lands a moment after the click.
  const population = page.getByTestId('population');
  const container = population.getByTestId('population-container');
  await population.getByTestId('population-ownership').selectOption('BYOD');
  await expect(container).toBeChecked();
  await container.click();
  await expect(population.getByTestId('policy-warning-byod-without-container')).toBeVisible();
  await container.click();
  await expect(population.getByTestId('policy-warning-byod-without-container')).toBeHidden();
  await population.getByTestId('access-compliance').click();
  await population.getByTestId('access-countries').fill('fr, be');
  await population.getByTestId('access-countries').press('Enter');
  await population.getByTestId('access-network').selectOption('corporate');
  await expect(population.getByTestId('access-countries')).toHaveValue('FR, BE');

  await reloadMethod(page);
  await page.getByTestId('method-tab-governance').click();
  await expect(population.getByTestId('access-compliance')).toBeChecked();
  await expect(population.getByTestId('access-countries')).toHaveValue('FR, BE');
  await expect(population.getByTestId('access-network')).toHaveValue('corporate');
  await expect(population.getByTestId('population-statement')).toHaveValue(
    /^Sur votre appareil personnel, l'entreprise voit uniquement l'état de conformité/,
  );
  await expect(population.getByTestId('population-statement')).toHaveValue(/vos photos/);
});

test('a dated task appears as a bar on the Gantt chart of the Calendrier tab', async ({ page }) => {
  const app = await openMethod(page);
  await page.getByTestId('phase-toggle-audit').click();
  const first = page.getByTestId('phase-audit').getByTestId('task-row').first();
  await first.getByTestId('task-plannedStart').fill('2026-12-07');
  await first.getByTestId('task-plannedEnd').fill('2026-12-18');
  await expect(first.getByTestId('task-plannedEnd')).toHaveValue('2026-12-18');

  await page.getByTestId('method-tab-timeline').click();
  await expect(page.getByText('Calendrier du programme')).toBeVisible();
  await expect(page.getByTestId('timeline-empty')).toBeHidden();
  const chart = page.getByTestId('method-gantt');
  // The planned bar carries the planned colour set in TimelineView.
  await expect(chart.locator('svg path[fill="#9db7d3"]').first()).toBeAttached();
  expect(app.consoleErrors).toEqual([]);
});

/** An Intune export as the portal writes it, listing the given devices as checked in. */
function intuneCsv(devices: typeof demo.devices, checkIn: string): string {
  const header = [
    'Device ID',
    'Device name',
    'Enrollment date',
    'Last check-in',
    'Serial number',
    'IMEI',
    'Managed by',
    'Ownership',
    'OS',
  ];
  const rows = devices.map((d, index) =>
    [
      `6f1c2a4e-0b1d-4a7e-9f20-${String(index).padStart(12, '0')}`,
      d.name ?? d.key,
      '2026-11-02 09:00:00.0000000',
      `${checkIn} 08:15:00.0000000`,
      d.serial ?? '',
      d.imei ?? '',
      'Intune',
      'Corporate',
      'iOS',
    ].join(','),
  );
  return [header.join(','), ...rows].join('\r\n');
}

test('a newer Intune export counts the wave devices enrolled and records the reading', async ({
  page,
}) => {
  // The wave is what the merged view holds for Finance: the last row of each device key.
  const byKey = new Map(demo.devices.map((d) => [d.key, d]));
  const wave = [...byKey.values()].filter((d) => d.department === department);
  const identified = wave.filter((d) => d.serial ?? d.imei);
  const enrolled = identified.slice(0, Math.floor(identified.length / 2));
  const missing = wave.length - enrolled.length;

  const app = await openMethod(page);
  await page.getByTestId('method-tab-waves').click();
  await page.getByTestId('new-wave').click();
  await page.getByTestId('wave-departments').selectOption([department]);
  await page.getByTestId('wave-create').click();
  const detail = page.getByTestId('wave-detail');

  const chooser = page.waitForEvent('filechooser');
  await detail.getByTestId('wave-read-export').click();
  await (
    await chooser
  ).setFiles({
    name: 'intune-devices.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(intuneCsv(enrolled, '2026-12-14')),
  });

  await expect(detail.getByTestId('wave-reading-summary')).toContainText(
    `${enrolled.length} appareils de la vague sur ${wave.length} sont enrôlés`,
  );
  await expect(detail.getByTestId('wave-reading-missing')).toContainText(
    `${missing} appareils de la vague ne sont pas enrôlés`,
  );
  await expect(detail.getByTestId('wave-reading-date')).toHaveValue('2026-12-14');

  await detail.getByTestId('wave-reading-record').click();
  await expect(detail.getByTestId('wave-enrolled').locator('.tile-value')).toHaveText(
    String(enrolled.length),
  );
  await expect(detail.getByTestId('wave-entries').locator('tbody tr')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a wave, the pilot panel and the criteria can be edited after creation', async ({ page }) => {
  const other = [...new Set(demo.devices.map((d) => d.department))].find(
    (d): d is string => d !== null && d !== department,
  )!;
  const both = new Set(
    demo.devices
      .filter((d) => d.department === department || d.department === other)
      .map((d) => d.key),
  ).size;
  await openMethod(page);
  await page.getByTestId('method-tab-waves').click();
  await page.getByTestId('new-wave').click();
  await page.getByTestId('wave-name').fill('Vague Finance');
  await page.getByTestId('wave-departments').selectOption([department]);
  await page.getByTestId('wave-create').click();

  const detail = page.getByTestId('wave-detail');
  await detail.getByTestId('wave-edit').click();
  const form = detail.getByTestId('wave-form');
  await form.getByTestId('wave-name').fill('');
  await form.getByTestId('wave-start').fill('2027-02-01');
  await form.getByTestId('wave-end').fill('2027-01-15');
  await form.getByTestId('wave-save').click();
  await expect(form.getByTestId('wave-problem-name-required')).toBeVisible();
  await expect(form.getByTestId('wave-problem-end-before-start')).toBeVisible();

  await form.getByTestId('wave-name').fill('Vague Finance et ' + other);
  await form.getByTestId('wave-departments').selectOption([department, other]);
  await form.getByTestId('wave-end').fill('2027-02-26');
  await form.getByTestId('wave-target').fill('120');
  await form.getByTestId('wave-save').click();
  await expect(form).toBeHidden();
  await expect(detail.locator('h2')).toHaveText('Vague Finance et ' + other);
  await expect(page.getByTestId('wave-row-covered')).toHaveText(String(both));

  await page.getByTestId('method-tab-pilot').click();
  await page.getByTestId('participant-name').fill('Ana');
  await page.getByTestId('participant-department').fill('Finance');
  await page.getByTestId('participant-add').click();
  await page.getByTestId('participant-edit').click();
  await page.getByTestId('participant-edit-name').fill('');
  await page.getByTestId('participant-save').click();
  await expect(page.getByText('Le nom est obligatoire.')).toBeVisible();
  await page.getByTestId('participant-edit-name').fill('Ana Lopes');
  await page.getByTestId('participant-edit-department').fill('Achats');
  await page.getByTestId('participant-save').click();
  await expect(page.getByTestId('pilot-participant')).toContainText('Ana Lopes');
  await expect(page.getByTestId('pilot-departments')).toContainText('Achats');

  await page.getByTestId('feedback-text').fill('VPN lent');
  await page.getByTestId('feedback-add').click();
  await page.getByTestId('feedback-edit-text').fill('VPN lent le matin');
  await page.getByTestId('feedback-edit-text').press('Enter');

  const exit = page.getByTestId('pilot-exit');
  const firstExit = await exit.getByTestId('pilot-exit-criterion').count();
  await exit.getByTestId('pilot-exit-new').fill('Le support N1 est formé');
  await exit.getByTestId('pilot-exit-new-submit').click();
  await expect(exit.getByTestId('pilot-exit-criterion')).toHaveCount(firstExit + 1);
  await exit.getByTestId('pilot-exit-new').fill('le support n1 est formé');
  await exit.getByTestId('pilot-exit-new-submit').click();
  await expect(exit.getByTestId('pilot-exit-new-problem')).toHaveText(
    'Un critère porte déjà cet intitulé.',
  );

  await page.getByTestId('method-tab-phases').click();
  await page.getByTestId('phase-toggle-audit').click();
  const gate = page.getByTestId('gate-audit');
  await gate.getByTestId('gate-rename-start').first().click();
  await gate.getByTestId('gate-rename').fill('Périmètre signé par le DSI');
  await gate.getByTestId('gate-rename-submit').click();
  await expect(gate.locator('.method-check').first()).toContainText('Périmètre signé par le DSI');

  await reloadMethod(page);
  await page.getByTestId('phase-toggle-audit').click();
  await expect(gate.locator('.method-check').first()).toContainText('Périmètre signé par le DSI');
  await page.getByTestId('method-tab-pilot').click();
  await expect(page.getByTestId('feedback-edit-text')).toHaveValue('VPN lent le matin');
  await expect(exit).toContainText('Le support N1 est formé');
});
