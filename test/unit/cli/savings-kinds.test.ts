import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildCli } from './support/cli-process';
import type { BuiltCli } from './support/cli-process';

// Marie Dupont holds two voice lines with Orange; both are used, the second more. Without a
// device, the more used one is kept and the other ended: 19.00 a month, 228.00 a year.
const HEADER =
  'Numéro de ligne;Opérateur;Utilisateur;Forfait;Prix forfait HT;Data incluse (Mo);' +
  'Voix incluse (min);Conso data (Mo);Conso voix (min);Conso SMS;Hors forfait HT;Total HT;Période';
const HEAVY = '06 12 34 56 78;Orange;Marie Dupont;Pro 50 Go;29,00;51200;illimité;30720;200;10';
const LIGHT = '06 11 11 11 11;Orange;Marie Dupont;Pro 5 Go;19,00;5120;illimité;300;20;1';
const rows = ['09/2026', '10/2026', '11/2026'].flatMap((period) => [
  `${HEAVY};0,00;29,00;${period}`,
  `${LIGHT};0,00;19,00;${period}`,
]);

let built: BuiltCli;
let folder: string;
let bill: string;

beforeAll(async () => {
  built = await buildCli('cli-savings-kinds-test');
  folder = await mkdtemp(join(tmpdir(), 'fleet-audit-savings-'));
  bill = join(folder, 'bill.csv');
  await writeFile(bill, [HEADER, ...rows].join('\n'), 'utf8');
}, 60_000);

afterAll(async () => {
  await built.remove();
  await rm(folder, { recursive: true, force: true });
});

describe('fleet-audit savings beyond one line', { timeout: 60_000 }, () => {
  const args = () => ['--lines', bill, '--invoices', bill, '--reference-date', '2026-11-30'];

  it('prints the lines of one person to end, with the kind’s rule under the table', async () => {
    const ran = await built.run(folder, 'savings', ...args(), '--locale', 'en');
    const [first, blank, rule] = ran.stdout.split('\n');

    expect(ran.code).toBe(0);
    expect(first).toMatch(/^consolidate +\+33612345678 +keep \+33612345678, end 1 line\(s\) +/);
    expect(first).toMatch(/ €19\.00\/month €228\.00\/year$/);
    expect(blank).toBe('');
    expect(rule).toMatch(/^consolidate +Several lines for one person: keep the one with a device/);
  });

  it('gives the ended lines and the evidence in JSON', async () => {
    const ran = await built.run(folder, 'savings', ...args(), '--json');
    const { savings } = JSON.parse(ran.stdout) as {
      savings: { kind: string; detail: { terminatedLines: string[] }; evidence: string[] }[];
    };

    expect(savings).toHaveLength(1);
    expect(savings[0].detail.terminatedLines).toEqual(['+33611111111']);
    expect(savings[0].evidence).toHaveLength(6);
  });
});
