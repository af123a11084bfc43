import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FOCUS_COLUMNS } from '@core/focus';

import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

const fixtures = resolve(import.meta.dirname, '../../fixtures/import');
const advance = join(fixtures, 'operator-fr-subscription-in-advance-usage-in-arrears.csv');
const bell = join(fixtures, 'bell-mob-double-header-padded-latin1.csv');
const verizon = join(fixtures, 'verizon-wireless-summary-tab-leading-empty-column.txt');

let built: BuiltCli;
let dir: string;

const fleetAudit = (...args: string[]) => built.run(fixtures, ...args);
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true });

beforeAll(async () => {
  built = await buildCli('cli-focus-test');
  dir = await mkdtemp(join(tmpdir(), 'fleet-focus-'));
}, 60_000);

afterAll(async () => {
  await built.remove();
  await rm(dir, { recursive: true, force: true });
});

describe('fleet-audit focus', { timeout: 60_000 }, () => {
  it('writes the bills as FOCUS charges that add up to the bills’ total', async () => {
    const out = join(dir, 'focus.csv');
    const ran = await fleetAudit('focus', '--invoice', advance, '--out', out);
    const parsed = parse(await readFile(out, 'utf8'));
    const billed = parsed.data.reduce((sum, row) => sum + Number(row.BilledCost), 0);

    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('FOCUS file written');
    expect(parsed.meta.fields).toEqual([...FOCUS_COLUMNS]);
    expect(Math.round(billed * 100) / 100).toBe(100.5);
  });

  it('dates March’s bill of February’s usage in February, billed in March', async () => {
    const ran = await fleetAudit('focus', '--invoice', advance, '--currency', 'EUR');
    const outOfPlan = parse(ran.stdout).data.find(
      (row) => row.ChargeCategory === 'Usage' && row.BilledCost === '4.5',
    );

    expect(outOfPlan).toMatchObject({
      ResourceId: '+33612345678',
      ChargePeriodStart: '2024-02-01T00:00:00.000Z',
      BillingPeriodStart: '2024-03-01T00:00:00.000Z',
      BillingCurrency: 'EUR',
      ProviderName: 'Orange',
    });
  });

  it('refuses to run without a bill, and says where it cannot write', async () => {
    const none = await fleetAudit('focus');
    const nowhere = await fleetAudit('focus', '--invoice', advance, '--out', join(dir, 'no/x.csv'));

    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--invoice');
    expect(nowhere.code).toBe(3);
    expect(nowhere.stderr).toContain('its folder does not exist');
  });

  it('bills in the currency a North American bill states, unless told otherwise', async () => {
    const stated = parse((await fleetAudit('focus', '--invoice', bell)).stdout);
    const told = parse((await fleetAudit('focus', '--invoice', bell, '--currency', 'EUR')).stdout);

    expect(new Set(stated.data.map((row) => row.BillingCurrency))).toEqual(new Set(['CAD']));
    expect(new Set(told.data.map((row) => row.BillingCurrency))).toEqual(new Set(['EUR']));
  });

  it('refuses to add up bills that state different currencies', async () => {
    const ran = await fleetAudit('focus', '--invoice', bell, '--invoice', verizon);

    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toMatch(/different currencies: .*\(CAD\).*\(USD\).*--currency/);
  });
});
