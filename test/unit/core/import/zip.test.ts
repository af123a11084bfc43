import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { isUnsafePath, unzipEntries } from '@core/import/container/zip';

import { fixture } from './fixtures';

describe('unzipEntries', () => {
  it('takes the readable files and leaves macOS litter and other documents', () => {
    const entries = unzipEntries(fixture('bundle-two-csv.zip'), 'bundle.zip');

    expect(entries.map((entry) => entry.path)).toEqual([
      'exports/intune.csv',
      'exports/registre.csv',
    ]);
  });

  it('refuses the whole archive when one entry climbs out with ..', () => {
    expect(() => unzipEntries(fixture('zip-slip-dotdot-entry.zip'), 'slip.zip')).toThrow(
      expect.objectContaining({
        code: 'import-zip-unsafe-path',
        params: { file: 'slip.zip', entry: '../../evil.csv' },
      }),
    );
  });

  it('refuses an archive whose entries expand past the limit, before expanding them', () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const bomb = zipSync({ 'a.csv': zeros, 'b.csv': zeros }, { level: 9 });

    expect(bomb.length).toBeLessThan(20_000);
    expect(() => unzipEntries(bomb, 'bomb.zip', { maxTotalBytes: 3 * 1024 * 1024 })).toThrow(
      expect.objectContaining({ code: 'import-zip-too-large' }),
    );
  });

  it('refuses an archive with nothing readable, and one that is not an archive', () => {
    const pdfOnly = zipSync({ 'facture.pdf': strToU8('%PDF-1.7') });

    expect(() => unzipEntries(pdfOnly, 'p.zip')).toThrow(
      expect.objectContaining({ code: 'import-zip-empty' }),
    );
    expect(() => unzipEntries(new Uint8Array([0x50, 0x4b, 3, 4, 0]), 'x.zip')).toThrow(
      expect.objectContaining({ code: 'import-zip-unreadable' }),
    );
  });

  it.each([
    ['../evil.csv', true],
    ['a/../../evil.csv', true],
    ['/etc/passwd', true],
    ['C:\\Windows\\x.csv', true],
    ['..\\evil.csv', true],
    ['exports/ok..csv', false],
    ['exports/intune.csv', false],
  ])('judges %j unsafe: %s', (path, unsafe) => {
    expect(isUnsafePath(path)).toBe(unsafe);
  });
});
