import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDemo } from '@core/demo/generate';
import { KPI_DEFINITIONS } from '@core/kpi';

import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, 'test/fixtures');
const devicesCsv = join(fixtures, 'import/intune-utf8-bom-entra-labels.csv');
const billsCsv = join(fixtures, 'import/operator-fr-semicolon-cp1252-euro.csv');
const badDevices = join(fixtures, 'cli/devices-bad-imei-and-no-key.csv');
let folder = '';
let built: BuiltCli;

const fleetAudit = (...args: string[]) => built.run(folder, ...args);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'fleet-audit-cli-'));
  built = await buildCli('cli-test');
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await built.remove();
});

// Each run starts a Node process that loads the importers and the document libraries.
describe('fleet-audit', { timeout: 60_000 }, () => {
  it('prints its usage and refuses unknown commands and options', async () => {
    const help = await fleetAudit('--help');
    const unknown = await fleetAudit('audit');
    const badOption = await fleetAudit('kpis', '--colour');

    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: fleet-audit <command>');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "audit"');
    expect(badOption.code).toBe(2);
  });

  it('computes the KPIs of real files as one JSON array, rates as fractions', async () => {
    const ran = await fleetAudit(
      'kpis',
      '--inventory',
      devicesCsv,
      '--invoice',
      billsCsv,
      '--json',
    );

    expect(ran.code).toBe(0);
    const parsed = JSON.parse(ran.stdout) as Record<string, unknown>[];
    // One result per KPI of the registry, with or without data.
    expect(parsed.map((k) => k.id)).toEqual(KPI_DEFINITIONS.map((d) => d.id));
    const compliance = parsed.find((k) => k.id === 'devices.complianceRate');
    expect(compliance).toMatchObject({
      value: 0.5,
      unit: 'fraction',
      target: 0.95,
      targetDirection: 'at-least',
      status: 'red',
      records: 4,
    });
    // Counts print as plain numbers, without target.
    expect(parsed.find((k) => k.id === 'devices.total')).toMatchObject({
      value: 4,
      unit: 'count',
      target: null,
      targetDirection: null,
      status: 'none',
      records: 4,
    });
    const costPerLine = parsed.find((k) => k.id === 'cost.perLineMonthly');
    expect(costPerLine?.unit).toBe('EUR/month');
  });

  it('measures as of the bills’ last day unless given a reference date', async () => {
    const kpis = async (...extra: string[]) => {
      const args = ['kpis', '--inventory', devicesCsv, '--invoice', billsCsv, '--json', ...extra];
      const parsed = JSON.parse((await fleetAudit(...args)).stdout) as Record<string, unknown>[];
      return parsed.find((k) => k.id === 'devices.staleRate');
    };

    // The March 2024 bill ends on 31 March: one device of three last checked in 59 days before.
    // Measured on 30 June, all three are.
    const asOfBills = await kpis();
    expect(asOfBills?.value).toBeCloseTo(1 / 3, 9);
    expect(asOfBills?.records).toBe(3);
    expect(await kpis('--reference-date', '2024-06-30')).toMatchObject({ value: 1, records: 3 });
  });

  it('gives money in the currency a North American bill states', async () => {
    const bell = join(fixtures, 'import/bell-mob-double-header-padded-latin1.csv');

    const ran = await fleetAudit('kpis', '--invoice', bell, '--json');

    expect(ran.code).toBe(0);
    const parsed = JSON.parse(ran.stdout) as Record<string, unknown>[];
    expect(parsed.find((k) => k.id === 'cost.perLineMonthly')?.unit).toBe('CAD/month');
  });

  it('names the file, row and column of rejected rows, and fails with --strict', async () => {
    const lenient = await fleetAudit('kpis', '--devices', badDevices);
    const strict = await fleetAudit('kpis', '--devices', badDevices, '--strict');

    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      'devices-bad-imei-and-no-key.csv: row 4, column "IMEI", value "356938035643800": ' +
        'kept without this value: Invalid IMEI (wrong check digit).',
    );
    expect(lenient.stderr).toContain(
      'devices-bad-imei-and-no-key.csv: row 3: rejected: ' +
        'Row without an identifier (serial, IMEI or line number).',
    );
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 row(s) rejected');
  });

  it('says which file is missing and which output cannot be written', async () => {
    const missing = await fleetAudit('kpis', '--devices', 'nowhere.csv');
    const unwritable = await fleetAudit(
      'report',
      '--devices',
      devicesCsv,
      '--pdf',
      join(folder, 'no-such-folder', 'r.pdf'),
    );

    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.csv: cannot be read (no such file)');
    expect(unwritable.code).toBe(3);
    expect(unwritable.stderr).toContain('its folder does not exist');
  });

  it('writes a PDF and a workbook from real files', async () => {
    const pdf = join(folder, 'report.pdf');
    const xlsx = join(folder, 'report.xlsx');

    const ran = await fleetAudit(
      'report',
      ...['--devices', devicesCsv, '--invoices', billsCsv, '--client', 'ACME'],
      ...['--locale', 'en', '--status', 'final', '--pdf', pdf, '--xlsx', xlsx],
    );

    expect(ran.code).toBe(0);
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toContain('Devices');
    expect(workbook.getWorksheet('Imports')?.getRow(2).getCell(1).value).toBe(
      'intune-utf8-bom-entra-labels.csv',
    );
  });

  it('streams the demo engagement’s workbook, which reads back whole', async () => {
    const out = join(folder, 'demo.xlsx');
    const demo = generateDemo();

    const ran = await fleetAudit('demo', '--out', out);

    expect(ran.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const devices = workbook.getWorksheet('Appareils');
    expect(devices?.actualRowCount).toBe(demo.devices.length + 1);
    expect(devices?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.getWorksheet('Factures')?.actualRowCount).toBe(demo.invoices.length + 1);
    const summary = workbook.getWorksheet('Synthèse')?.getRow(12).getCell(2);
    expect(summary?.formula).toMatch(/^SUM\('Factures'!L2:L\d+\)$/);
  }, 120_000);
});
