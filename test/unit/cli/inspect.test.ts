import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, 'test/fixtures');
const verizon = join(fixtures, 'import/verizon-wireless-summary-tab-leading-empty-column.txt');
const bundle = join(fixtures, 'cli/north-america-bills-two-entries.zip');
const truncated = join(fixtures, 'cli/truncated-archive.zip');

let built: BuiltCli;

const fleetAudit = (...args: string[]) => built.run(fixtures, ...args);

beforeAll(async () => {
  built = await buildCli('cli-inspect-test');
}, 60_000);

afterAll(async () => {
  await built.remove();
});

describe('fleet-audit inspect', { timeout: 60_000 }, () => {
  it('reports how a file reads, with counts and the rejected row located', async () => {
    const ran = await fleetAudit('inspect', verizon);

    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.split('\n')).toEqual([
      'verizon-wireless-summary-tab-leading-empty-column.txt',
      '  csv, utf-8, separator tab',
      '  source verizon-wireless, dataset invoices, confidence 1.00, amounts in USD',
      '  rows: 3 read, 2 accepted, 1 rejected, 0 totals, 1 skipped',
      '  rejected: verizon-wireless-summary-tab-leading-empty-column.txt: row 5, column ' +
        '"Wireless Number": error import-phone-invalid (value "212-555-01")',
      '',
    ]);
  });

  it('reports each entry of a ZIP apart, as JSON when asked', async () => {
    const ran = await fleetAudit('inspect', bundle, '--json');
    const [report] = JSON.parse(ran.stdout) as {
      ok: boolean;
      parts: Record<string, unknown>[];
    }[];

    expect(ran.code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.parts.map((part) => part.name)).toEqual([
      'north-america-bills-two-entries.zip/verizon/wireless-summary_202403.txt',
      'north-america-bills-two-entries.zip/bell/MOB.csv',
    ]);
    expect(report.parts[1]).toEqual({
      name: 'north-america-bills-two-entries.zip/bell/MOB.csv',
      format: 'csv',
      encoding: 'windows-1252',
      hadBom: false,
      separator: ',',
      sheet: null,
      source: 'bell-mobile',
      dataset: 'invoices',
      confidence: 1,
      currency: 'CAD',
      rowsRead: 3,
      skipped: 0,
      accepted: 2,
      rejected: 1,
      totals: 0,
      firstRejected: [
        {
          file: 'north-america-bills-two-entries.zip/bell/MOB.csv',
          row: 5,
          column: 'Mth Chg Ttl',
          code: 'import-amount-invalid',
          value: 'abc',
          params: { value: 'abc' },
          severity: 'error',
        },
      ],
    });
  });

  it('goes on past a file it cannot read, then exits with 1', async () => {
    const ran = await fleetAudit('inspect', 'missing.csv', truncated, verizon);

    expect(ran.code).toBe(1);
    expect(ran.stderr.split('\n')).toEqual([
      'missing.csv: cannot be read (no such file).',
      `${truncated}: cannot be read (import-zip-unreadable).`,
      '',
    ]);
    expect(ran.stdout).toContain('rows: 3 read, 2 accepted, 1 rejected');
  });

  it('asks for at least one file', async () => {
    const ran = await fleetAudit('inspect');

    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('Name at least one file to inspect.');
  });
});
