import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pdfPagePaint } from '../core/documents/support/pdf-ops';
import { pdfPageTexts } from '../core/documents/support/pdf-text';
import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

const fixtures = resolve(import.meta.dirname, '../../fixtures/import');
const inventory = join(fixtures, 'intune-utf8-bom-entra-labels.csv');
const bill = join(fixtures, 'operator-fr-semicolon-cp1252-euro.csv');
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">' +
  '<rect width="40" height="20" fill="#c0392b"/></svg>';

let folder = '';
let built: BuiltCli;
const fleetAudit = (...args: string[]) => built.run(folder, ...args);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'fleet-audit-brand-'));
  built = await buildCli('brand-test');
  await writeFile(join(folder, 'logo.svg'), LOGO);
  await writeFile(join(folder, 'firm.svg'), LOGO.replace('#c0392b', '#6a1b9a'));
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await built.remove();
});

describe('fleet-audit report --brand', { timeout: 60_000 }, () => {
  it('puts the brand file’s client, consultant and both logos on the report', async () => {
    const brand = join(folder, 'brand.json');
    await writeFile(
      brand,
      JSON.stringify({
        client: 'Transports Vidal',
        consultant: 'Cabinet Morel',
        primaryColour: '#0a7d5a',
        logo: 'logo.svg',
        consultantLogo: 'firm.svg',
      }),
    );
    const pdf = join(folder, 'branded.pdf');

    const ran = await fleetAudit(
      'report',
      ...['--inventory', inventory, '--invoice', bill, '--lang', 'en'],
      ...['--brand', brand, '--pdf', pdf],
    );

    expect(ran.code).toBe(0);
    const bytes = new Uint8Array(await readFile(pdf));
    const [cover] = await pdfPageTexts(bytes);
    expect(cover).toContain('Transports Vidal');
    expect(cover).toContain('Cabinet Morel');
    // The client's red logo and the firm's purple one are painted on the cover.
    const [coverPaint] = await pdfPagePaint(bytes);
    expect(coverPaint.fills.has('#c0392b')).toBe(true);
    expect(coverPaint.fills.has('#6a1b9a')).toBe(true);
  });

  it('names the brand file and the field it cannot accept', async () => {
    const brand = join(folder, 'bad-brand.json');
    await writeFile(brand, JSON.stringify({ client: 'X', primaryColour: 'green' }));

    const ran = await fleetAudit(
      'report',
      '--inventory',
      inventory,
      '--brand',
      brand,
      '--pdf',
      'x',
    );

    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('bad-brand.json');
    expect(ran.stderr).toContain('"primaryColour"');
  });
});
