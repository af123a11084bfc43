import { describe, expect, it } from 'vitest';

import { createPseudonymiser, newPseudonymKey } from '@core/privacy/pseudonym';
import {
  addToReverseTable,
  recordingPseudonymiser,
  restoreReverseTable,
  reverseTableKey,
  revealPseudonym,
} from '@core/privacy/reverse-table';
import type { ReverseTable } from '@core/privacy/reverse-table';

const KEY = 'ab'.repeat(32);

/** The table an export over this key would record for these people. */
async function tableFor(keyHex: string, names: readonly string[]) {
  const pairs = new Map<string, string>();
  const pseudo = recordingPseudonymiser(await createPseudonymiser(keyHex), pairs);
  const pseudonyms: string[] = [];
  for (const name of names) pseudonyms.push(await pseudo.pseudonym('person', name));

  const table = await addToReverseTable(await reverseTableKey(keyHex), {}, pairs);
  return { table, pseudonyms };
}

/** The entry's ciphertext with one byte flipped. */
function flipped(table: ReverseTable, pseudonym: string): ReverseTable {
  const entry = table[pseudonym];
  const last = entry.data.slice(-2);
  const other = (parseInt(last, 16) ^ 1).toString(16).padStart(2, '0');
  return { ...table, [pseudonym]: { ...entry, data: entry.data.slice(0, -2) + other } };
}

describe('reverse table of pseudonyms', () => {
  it('gives back each original value with the engagement key', async () => {
    const { table, pseudonyms } = await tableFor(KEY, ['Jean Dupont', 'Marie Curie']);
    const key = await reverseTableKey(KEY);

    expect(await revealPseudonym(key, table, pseudonyms[0])).toEqual({
      status: 'found',
      value: 'Jean Dupont',
    });
    expect(await revealPseudonym(key, table, ` ${pseudonyms[1]} `)).toEqual({
      status: 'found',
      value: 'Marie Curie',
    });
  });

  it('says unknown for a pseudonym it never recorded', async () => {
    const { table } = await tableFor(KEY, ['Jean Dupont']);

    const revealed = await revealPseudonym(await reverseTableKey(KEY), table, 'P-AAAAAAAA');
    expect(revealed).toEqual({ status: 'unknown' });
  });

  it('stores no original value in clear', async () => {
    const { table } = await tableFor(KEY, ['Jean Dupont']);

    expect(JSON.stringify(table)).not.toMatch(/Jean|Dupont|4a65616e/i);
  });

  it("cannot be opened with another engagement's key", async () => {
    const { table, pseudonyms } = await tableFor(KEY, ['Jean Dupont']);
    const other = await reverseTableKey(newPseudonymKey());

    expect(await revealPseudonym(other, table, pseudonyms[0])).toEqual({ status: 'refused' });
  });

  it('refuses an altered entry, or one moved under another pseudonym', async () => {
    const { table, pseudonyms } = await tableFor(KEY, ['Jean Dupont', 'Marie Curie']);
    const key = await reverseTableKey(KEY);
    const [jean, marie] = pseudonyms;

    expect(await revealPseudonym(key, flipped(table, jean), jean)).toEqual({ status: 'refused' });
    const swapped = { ...table, [marie]: table[jean] };
    expect(await revealPseudonym(key, swapped, marie)).toEqual({ status: 'refused' });
  });

  it('keeps the entries it already holds when more are added', async () => {
    const { table, pseudonyms } = await tableFor(KEY, ['Jean Dupont']);
    const more = await tableFor(KEY, ['Jean Dupont', 'Marie Curie']);

    const key = await reverseTableKey(KEY);
    const merged = await addToReverseTable(key, table, new Map([[more.pseudonyms[1], 'Marie']]));
    expect(merged[pseudonyms[0]]).toEqual(table[pseudonyms[0]]);
    expect(Object.keys(merged)).toHaveLength(2);
  });

  it('reads an unreadable stored table as empty', () => {
    expect(restoreReverseTable({ 'P-X': { iv: 'zz', data: '00' } })).toEqual({});
    expect(restoreReverseTable(null)).toEqual({});
  });
});
