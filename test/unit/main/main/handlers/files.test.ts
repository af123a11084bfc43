import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  MAX_OPEN_BYTES,
  readPickedFiles,
  sanitiseFileName,
  writeBytes,
} from '../../../../../src-main/main/handlers/files';

describe('sanitiseFileName', () => {
  it.each([
    ['Audit parc mobile – Société Générale.xlsx', 'Audit parc mobile – Société Générale.xlsx'],
    ['../../.bashrc', '_.._.bashrc'],
    ['C:\\Windows\\system.ini', 'C__Windows_system.ini'],
    ['rapport: "final" <v2>?.pdf', 'rapport_ _final_ _v2__.pdf'],
    ['CON.txt', '_CON.txt'],
    ['lpt1', '_lpt1'],
    ['.hidden', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['tab\there.csv', 'tab_here.csv'],
    ['...', 'export'],
    ['   ', 'export'],
  ])('turns %j into %j', (suggested, expected) => {
    expect(sanitiseFileName(suggested)).toBe(expected);
  });

  it('shortens a long name but keeps its extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.xlsx`);

    expect(name).toHaveLength(200);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});

describe('readPickedFiles', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'fleet-audit-files-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('returns each file by name with its exact bytes', async () => {
    const csv = join(folder, 'lignes.csv');
    await writeFile(csv, Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x3b, 0x42]));

    const [file] = await readPickedFiles([csv]);

    expect(file?.name).toBe('lignes.csv');
    expect([...(file?.bytes ?? [])]).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x3b, 0x42]);
  });

  it('refuses a file over 512 MB with file-too-large, without reading it', async () => {
    // A sparse file: the size is real for stat, yet nothing is written to disk.
    const huge = join(folder, 'export-mdm.csv');
    await writeFile(huge, '');
    await truncate(huge, MAX_OPEN_BYTES + 1);

    await expect(readPickedFiles([huge])).rejects.toMatchObject({
      code: 'file-too-large',
      params: { file: 'export-mdm.csv', limitMb: 512 },
    });
  });

  it('refuses the whole selection when one file is too large', async () => {
    const small = join(folder, 'small.csv');
    const big = join(folder, 'big.csv');
    await writeFile(small, 'a');
    await writeFile(big, 'abcdef');

    await expect(readPickedFiles([small, big], 4)).rejects.toMatchObject({
      code: 'file-too-large',
      params: { file: 'big.csv' },
    });
  });

  it('reports a file that vanished with file-unreadable and its name', async () => {
    await expect(readPickedFiles([join(folder, 'gone.csv')])).rejects.toMatchObject({
      code: 'file-unreadable',
      params: { file: 'gone.csv' },
    });
  });
});

describe('writeBytes', () => {
  it('writes the bytes exactly', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'fleet-audit-save-'));
    const target = join(folder, 'rapport.pdf');

    await writeBytes(target, new Uint8Array([0x25, 0x50, 0x44, 0x46]));

    expect((await readFile(target)).toString('latin1')).toBe('%PDF');
    await rm(folder, { recursive: true, force: true });
  });

  it('reports a folder that cannot be written with a coded error', async () => {
    const target = join(tmpdir(), 'fleet-audit-no-such-folder', 'x.pdf');

    await expect(writeBytes(target, new Uint8Array([1]))).rejects.toMatchObject({
      code: 'file-write-failed',
      params: { file: 'x.pdf' },
    });
  });
});
