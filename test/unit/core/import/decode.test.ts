import { describe, expect, it } from 'vitest';

import { decodeText } from '@core/import/text/decode';

import { fixture } from './fixtures';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeText', () => {
  it('strips a UTF-8 BOM and says it was there', () => {
    const result = decodeText(fixture('intune-utf8-bom-entra-labels.csv'));

    expect(result.encoding).toBe('utf-8');
    expect(result.hadBom).toBe(true);
    expect(result.text.startsWith('Device ID,')).toBe(true);
  });

  it('reads Windows-1252 with the euro sign, NBSP and French accents right', () => {
    const result = decodeText(fixture('asset-register-fr-semicolon-cp1252-euro.csv'));

    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('Modèle;Numéro de série');
    expect(result.text).toContain('1\u00a0029,00 €');
    expect(result.text).toContain('Zoé Lefèvre');
  });

  it('maps every cp1252-only byte (0x80-0x9F), where Latin-1 would give controls', () => {
    const result = decodeText(bytes(0x80, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x92, 0xe9));

    expect(result).toEqual({ text: '€ œuvre ’é', encoding: 'windows-1252', hadBom: false });
  });

  it('recognises UTF-16 LE without a BOM from its zero bytes', () => {
    const result = decodeText(fixture('utf16le-no-bom.txt'));

    expect(result.encoding).toBe('utf-16le');
    expect(result.hadBom).toBe(false);
    expect(result.text).toContain('Jérôme Leroy');
  });

  it('reads UTF-16 BE with a BOM', () => {
    const result = decodeText(fixture('utf16be-bom.txt'));

    expect(result).toMatchObject({ encoding: 'utf-16be', hadBom: true });
    expect(result.text.startsWith('Serial number\t')).toBe(true);
  });

  it('keeps UTF-8 without a BOM as UTF-8', () => {
    const result = decodeText(new TextEncoder().encode('Numéro;Coût\n1;12,50 €\n'));

    expect(result).toEqual({ text: 'Numéro;Coût\n1;12,50 €\n', encoding: 'utf-8', hadBom: false });
  });

  it('obeys an override, even against what it would have guessed', () => {
    const latin = decodeText(new TextEncoder().encode('é'), 'windows-1252');

    expect(latin).toEqual({ text: 'Ã©', encoding: 'windows-1252', hadBom: false });
  });
});
