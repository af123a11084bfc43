// Files a client hands over by mistake: each is refused with one reason naming it, or read
// for what it is; nothing throws past importFile and no message carries a stack.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { importFile } from '@core/import';
import type { ImportResult } from '@core/import';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// The same noise on every run: a linear congruential generator, not Math.random.
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function refusal(result: ImportResult) {
  if (result.ok) throw new Error(`${result.file} was read`);
  return result.error;
}

describe('importFile on bad input', () => {
  it('refuses an empty file and binary noise, naming the file', async () => {
    const empty = refusal(await importFile({ name: 'vide.csv', bytes: new Uint8Array() }));
    const binary = refusal(await importFile({ name: 'photo.csv', bytes: noise(20_000) }));

    expect(empty).toMatchObject({ code: 'import-empty', params: { file: 'vide.csv' } });
    expect(binary).toMatchObject({ code: 'import-binary', params: { file: 'photo.csv' } });
    expect(binary.detail).not.toMatch(/\n\s+at /);
  });

  it('still reads a text export whose last byte is an old end-of-file mark', async () => {
    const text = 'Serial number,Model\nSN1,iPhone 13\nSN2,Pixel 8\n\u001a';

    const result = await importFile({ name: 'parc.csv', bytes: encode(text) });

    expect(result.ok).toBe(true);
  });

  it('refuses a table of 10,000 columns, saying how many it has', async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Colonne ${i + 1}`);
    const values = names.map((_, i) => String(i));
    const text = `${names.join(';')}\n${values.join(';')}\n`;

    const error = refusal(await importFile({ name: 'large.csv', bytes: encode(text) }));

    expect(error).toMatchObject({
      code: 'import-too-many-columns',
      params: { file: 'large.csv', count: 10_000, max: 2000 },
    });
  });

  it('reads a row with a 5 MB cell whole, and keeps the preview small', async () => {
    const note = 'x'.repeat(5 * 1024 * 1024);
    const text = `Numéro de série;Modèle;IMEI;Notes\nSN1;iPhone 13;;"${note}"\nSN2;Pixel 8;;ok\n`;

    const result = await importFile({ name: 'registre.csv', bytes: encode(text) });
    if (!result.ok) throw new Error(result.error.code);
    const [part] = result.parts;

    expect(part.rowCount).toBe(2);
    expect(part.preview[0][3]).toHaveLength(501);
    expect(part.preview[0][3].endsWith('…')).toBe(true);
  });

  it('leaves a table without a known header unmapped, for the mapping screen', async () => {
    const result = await importFile({
      name: 'chiffres.csv',
      bytes: encode('1;2;3\n4;5;6\n7;8;9\n'),
    });
    if (!result.ok) throw new Error(result.error.code);

    expect(result.parts[0]).toMatchObject({
      recognition: { source: 'unrecognised', dataset: null },
      result: null,
      rowCount: 2,
    });
  });

  it('refuses a ZIP that holds no table, and one that is cut short', async () => {
    const archive = zipSync({ 'notice.pdf': encode('%PDF-1.7'), '__MACOSX/._a.csv': encode('x') });
    const rows = Array.from({ length: 5000 }, (_, i) => `SN${i * 7919},${(i * 104729) % 9973}`);
    const whole = zipSync({ 'parc.csv': encode(`Serial number,Code\n${rows.join('\n')}`) });
    const cut = whole.slice(0, whole.length / 2);

    const none = refusal(await importFile({ name: 'envoi.zip', bytes: archive }));
    const broken = refusal(await importFile({ name: 'envoi-coupe.zip', bytes: cut }));

    expect(none).toMatchObject({ code: 'import-zip-empty', params: { file: 'envoi.zip' } });
    expect(broken).toMatchObject({ params: { file: 'envoi-coupe.zip' } });
    expect(broken.code).toMatch(/^import-zip-/);
  });
});
