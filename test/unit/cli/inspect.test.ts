import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, 'test/fixtures');
const verizon = join(fixtures, 'import/verizon-wireless-summary-tab-leading-empty-column.txt');
const frenchBill = join(fixtures, 'import/operator-fr-semicolon-cp1252-euro.csv');
const unknown = join(fixtures, 'import/unknown-layout-suggestions.csv');
const bundle = join(fixtures, 'cli/north-america-bills-two-entries.zip');
const truncated = join(fixtures, 'cli/truncated-archive.zip');

interface Report {
  file: string;
  kind: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  headerRow: number | null;
  mapping: Record<string, string>;
  accepted: number;
  rejected: { file: string; row: number; column: string | null; value: string; reason: string }[];
  totals: number;
  records?: Record<string, unknown>[];
  parts: { name: string; kind: string; accepted: number }[];
  error?: string;
}

let built: BuiltCli;

const fleetAudit = (...args: string[]) => built.run(fixtures, ...args);

async function inspectJson(...args: string[]): Promise<{ code: number; reports: Report[] }> {
  const ran = await fleetAudit('inspect', ...args, '--json');
  return { code: ran.code, reports: JSON.parse(ran.stdout) as Report[] };
}

beforeAll(async () => {
  built = await buildCli('cli-inspect-test');
}, 60_000);

afterAll(async () => {
  await built.remove();
});

describe('fleet-audit inspect', { timeout: 60_000 }, () => {
  it('tells a person how a file reads, its mapping, and why a row was rejected', async () => {
    const ran = await fleetAudit('inspect', verizon);
    const lines = ran.stdout.split('\n');

    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    expect(lines.slice(0, 3)).toEqual([
      'verizon-wireless-summary-tab-leading-empty-column.txt',
      '  csv, utf-8, separator tab, header on row 1',
      '  kind invoice (source verizon-wireless, dataset invoices, confidence 1.00), ' +
        'amounts in USD',
    ]);
    expect(lines[3]).toContain('lineNumber = "Wireless Number"');
    expect(lines.slice(4, 6)).toEqual([
      '  rows: 3 read, 2 accepted, 1 rejected, 0 totals, 1 skipped',
      '  rejected: row 5, column "Wireless Number", value "212-555-01": Invalid phone number.',
    ]);
  });

  it('gives one JSON object per file with kind, reading, header row, counts and reasons', async () => {
    const { code, reports } = await inspectJson(frenchBill);
    const [bill] = reports;

    expect(code).toBe(0);
    expect(reports).toHaveLength(1);
    expect(bill).toMatchObject({
      file: frenchBill,
      kind: 'invoice',
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      headerRow: 3,
      accepted: 3,
      totals: 1,
    });
    expect(bill.mapping).toMatchObject({ lineNumber: 'Numéro de ligne', totalExVat: 'Total HT' });
    expect(bill.rejected).toEqual([
      {
        file: 'operator-fr-semicolon-cp1252-euro.csv',
        row: 7,
        column: 'Numéro de ligne',
        value: 'enc-9729345087614266',
        reason: 'Invalid phone number.',
        code: 'import-phone-invalid',
      },
    ]);
    expect(bill.records).toBeUndefined();
  });

  it('prints the normalised records with --records', async () => {
    const { reports } = await inspectJson(frenchBill, '--records');

    expect(reports[0].records).toHaveLength(3);
    expect(reports[0].records?.[0]).toMatchObject({
      lineNumber: '+33612345678',
      period: '2024-03',
      planCharge: 19.99,
      totalExVat: 22.99,
    });
  });

  it('calls a layout it cannot place unknown, with a suggested mapping and nothing built', async () => {
    const { code, reports } = await inspectJson(unknown);

    expect(code).toBe(0);
    expect(reports[0]).toMatchObject({ kind: 'unknown', accepted: 0, rejected: [] });
    expect(reports[0].mapping).toMatchObject({ imei: 'Appareil n°', userName: 'Porteur' });
  });

  it('adds up the entries of a ZIP and still lists each one', async () => {
    const { reports } = await inspectJson(bundle);
    const [archive] = reports;

    expect(archive.kind).toBe('invoice');
    expect(archive.accepted).toBe(4);
    expect(archive.parts.map((part) => [part.name, part.accepted])).toEqual([
      ['north-america-bills-two-entries.zip/verizon/wireless-summary_202403.txt', 2],
      ['north-america-bills-two-entries.zip/bell/MOB.csv', 2],
    ]);
    expect(archive.rejected.map((rejection) => [rejection.file, rejection.column])).toEqual([
      [
        'north-america-bills-two-entries.zip/verizon/wireless-summary_202403.txt',
        'Wireless Number',
      ],
      ['north-america-bills-two-entries.zip/bell/MOB.csv', 'Mth Chg Ttl'],
    ]);
  });

  it('reports every file, a refused one with a one-line error, then exits with 1', async () => {
    const text = await fleetAudit('inspect', 'missing.csv', truncated, verizon);
    const { code, reports } = await inspectJson('missing.csv', truncated, verizon);

    expect(text.code).toBe(1);
    expect(text.stderr.split('\n')).toEqual([
      'missing.csv: cannot be read (no such file).',
      `${truncated}: The ZIP archive truncated-archive.zip cannot be read.`,
      '',
    ]);
    expect(text.stdout).toContain('rows: 3 read, 2 accepted, 1 rejected');
    expect(code).toBe(1);
    expect(reports.map((report) => [report.kind, report.error?.includes('\n')])).toEqual([
      ['unknown', false],
      ['unknown', false],
      ['invoice', undefined],
    ]);
  });

  it('asks for at least one file', async () => {
    const ran = await fleetAudit('inspect');

    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('Name at least one file to inspect.');
  });
});
