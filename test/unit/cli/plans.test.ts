import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

const fixtures = resolve(import.meta.dirname, '../../fixtures/import');
const catalogue = join(fixtures, 'plan-catalogue-fr-semicolon-unlimited.csv');
const bills = join(fixtures, 'operator-fr-three-months-light-line.csv');

let built: BuiltCli;

const fleetAudit = (...args: string[]) => built.run(fixtures, ...args);
const billed = ['--lines', bills, '--invoices', bills, '--reference-date', '2026-11-30'];

interface Saving {
  kind: string;
  lineNumber: string;
  monthly: number;
  yearly: number;
  facts: { targetPlan: string | null; targetPrice: number | null; targetSource: string | null };
}

beforeAll(async () => {
  built = await buildCli('cli-plans-test');
}, 60_000);

afterAll(async () => {
  await built.remove();
});

describe('fleet-audit with a plan catalogue', { timeout: 60_000 }, () => {
  it('inspects a catalogue as the plans dataset, locating its rejected rows', async () => {
    const ran = await fleetAudit('inspect', catalogue, '--json');
    const [report] = JSON.parse(ran.stdout) as {
      kind: string;
      source: string;
      accepted: number;
      rejected: { row: number; column: string | null }[];
    }[];

    expect(ran.code).toBe(0);
    expect(report).toMatchObject({ kind: 'plans', source: 'plan-catalogue', accepted: 5 });
    expect(report.rejected).toHaveLength(3);
    expect(report.rejected).toContainEqual(
      expect.objectContaining({ row: 7, column: 'Prix mensuel HT' }),
    );
  });

  it('moves the light line to the cheapest catalogue plan covering it', async () => {
    const ran = await fleetAudit('savings', ...billed, '--plans', catalogue, '--json');
    const { savings } = JSON.parse(ran.stdout) as { savings: Saving[] };

    // 3 GB at most of 50 GB: Pro 5 Go at 12.50 instead of 29, 16.50 a month. The other line
    // uses up to 40 GB, 70% of its plan: it stays.
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain('row 7, column "Prix mensuel HT"');
    expect(ran.stderr).toContain('rejected: Plan without a monthly price excl. VAT');
    expect(savings).toMatchObject([
      {
        kind: 'downgrade',
        lineNumber: '+33612345678',
        monthly: 16.5,
        yearly: 198,
        facts: { targetPlan: 'Pro 5 Go', targetPrice: 12.5, targetSource: 'catalogue' },
      },
    ]);
  });

  it('says in the table which plan a line moves to and where that plan was read', async () => {
    const ran = await fleetAudit('savings', ...billed, '--plans', catalogue, '--locale', 'en');

    expect(ran.stdout.split('\n')[0]).toMatch(
      /^downgrade +\+33612345678 +Pro 50 Go -> Pro 5 Go \(catalogue\) +€16\.50\/month €198\.00\/year$/,
    );
  });

  it('finds no move without the catalogue: the lines show no cheaper plan', async () => {
    const ran = await fleetAudit('savings', ...billed);

    expect(ran.code).toBe(0);
    expect(ran.stdout.trim()).toBe('No saving proved by these files.');
  });
});
