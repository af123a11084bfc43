import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { importFile } from '@core/import';
import type { ImportedPart, ImportOptions } from '@core/import';

import { fixture } from './fixtures';

async function onlyPart(name: string, options?: ImportOptions): Promise<ImportedPart> {
  const result = await importFile({ name, bytes: fixture(name) }, options);
  if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
  expect(result.parts).toHaveLength(1);
  return result.parts[0];
}

function rowsOf(part: ImportedPart): unknown[] {
  if (!part.result) throw new Error('part was not mapped');
  return part.result.rows;
}

describe('importFile: device inventories', () => {
  it('reads an Intune export with a BOM and Entra labels, device by device', async () => {
    const part = await onlyPart('intune-utf8-bom-entra-labels.csv');

    expect(part).toMatchObject({ encoding: 'utf-8', hadBom: true, delimiter: ',', rowCount: 4 });
    expect(part.recognition).toMatchObject({ source: 'intune', dataset: 'devices' });
    expect(rowsOf(part)[0]).toEqual({
      key: 'F2LXK0ABCD12',
      mdmId: '6f1c2a4e-0b1d-4a7e-9f20-1a2b3c4d5e01',
      name: 'IPH-DUPONT',
      serial: 'F2LXK0ABCD12',
      imei: '352099001761481',
      phoneNumber: '+33612345678',
      manufacturer: 'Apple',
      model: 'iPhone 13',
      kind: 'smartphone',
      platform: 'ios',
      osVersion: '17.3.1',
      securityPatch: null,
      ownership: 'COBO',
      userName: 'Marie Dupont',
      userEmail: 'm.dupont@client.fr',
      department: null,
      site: null,
      purchaseDate: null,
      purchasePrice: null,
      enrolledAt: '2024-01-15T08:30:12',
      lastCheckIn: '2024-03-28T17:02:45',
      compliance: 'compliant',
      managed: true,
    });
  });

  it('maps Intune states, sentinels and keys the way an auditor expects', async () => {
    const part = await onlyPart('intune-utf8-bom-entra-labels.csv');
    const rows = rowsOf(part);

    expect(rows[1]).toMatchObject({
      platform: 'android',
      ownership: 'BYOD',
      compliance: 'noncompliant',
    });
    expect(rows[2]).toMatchObject({ platform: 'windows', kind: 'laptop', compliance: 'grace' });
    expect(rows[2]).toMatchObject({ lastCheckIn: null });
    expect(rows[3]).toMatchObject({ key: '6f1c2a4e-0b1d-4a7e-9f20-1a2b3c4d5e04', imei: null });
  });

  it('keeps a device whose IMEI Excel turned into 3.5391E+14, and says where', async () => {
    const part = await onlyPart('intune-utf8-bom-entra-labels.csv');

    expect(part.result?.errors).toEqual([
      {
        file: 'intune-utf8-bom-entra-labels.csv',
        row: 5,
        column: 'IMEI',
        code: 'import-imei-scientific',
        value: '3.5391E+14',
        params: { value: '3.5391E+14' },
        severity: 'warning',
      },
    ]);
    expect(part.result?.rejectedRows).toBe(0);
  });

  it('reads the older "Azure AD" labels from a semicolon file; an iPad runs iPadOS', async () => {
    const part = await onlyPart('intune-semicolon-azure-ad-labels.csv');

    expect(part.recognition.source).toBe('intune');
    expect(rowsOf(part)).toMatchObject([
      { key: 'DMPX1234ABCD', platform: 'ipados', kind: 'tablet', userEmail: 'accueil@client.fr' },
      { key: '353911100818625', serial: null, platform: 'android' },
    ]);
  });

  it('reads a Graph JSON dump: camelCase names, owner types, the 0001 sentinel', async () => {
    const part = await onlyPart('intune-graph-managed-devices.json');

    expect(part.format).toBe('json');
    expect(part.recognition.source).toBe('intune-graph');
    expect(rowsOf(part)).toMatchObject([
      { key: 'F2LXK0ABCD12', imei: '352099001761481', ownership: 'COBO', compliance: 'compliant' },
      {
        key: 'g-002',
        ownership: 'BYOD',
        compliance: 'grace',
        lastCheckIn: null,
        securityPatch: '2024-02-01',
        enrolledAt: '2023-11-02T10:00:00Z',
      },
    ]);
  });

  it('reads a tab-delimited Jamf mobile search in the admin’s column order', async () => {
    const part = await onlyPart('jamf-mobile-tab-delimited.txt');

    expect(part).toMatchObject({ delimiter: '\t' });
    expect(part.recognition.source).toBe('jamf-mobile');
    expect(rowsOf(part)).toMatchObject([
      { key: 'DMPY5678EFGH', mdmId: '101', platform: 'ipados', ownership: 'COBO' },
      { key: 'G6TZ1234JKLM', phoneNumber: '+33698765432', platform: 'ios', ownership: 'BYOD' },
    ]);
  });

  it('rejects Jamf continuation rows that carry no identifier, naming the row', async () => {
    const part = await onlyPart('jamf-computer-continuation-rows.csv');

    expect(rowsOf(part)).toMatchObject([
      { key: 'C02ZK1ABMD6T', platform: 'macos', kind: 'laptop', purchasePrice: 2349 },
      { key: 'D25XK9ABJ1GG', platform: 'macos', kind: 'desktop', purchaseDate: '2021-09-01' },
    ]);
    expect(part.result?.errors).toMatchObject([
      { row: 3, column: null, code: 'import-row-no-key', severity: 'error' },
    ]);
  });

  it.each([
    ['soti-api-dump-ragged.csv', 'soti', { key: '21123B0456', imei: '354608112233442' }],
    ['google-workspace-email-list.csv', 'google-workspace', { userEmail: 'a.petit@client.fr' }],
    ['meraki-sm-camelcase.csv', 'meraki', { key: 'FFMZ1234ABCD', phoneNumber: '+33712345678' }],
    ['ivanti-quote-escaped-values.csv', 'ivanti', { name: '=Tablette Accueil' }],
  ])('recognises %s as %s', async (name, source, firstRow) => {
    const part = await onlyPart(name);

    expect(part.recognition.source).toBe(source);
    expect(rowsOf(part)[0]).toMatchObject(firstRow);
  });

  it('reads a French asset register in cp1252 with NBSP thousands and euro signs', async () => {
    const part = await onlyPart('asset-register-fr-semicolon-cp1252-euro.csv');

    expect(part).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(part.recognition.source).toBe('asset-register');
    expect(rowsOf(part)).toMatchObject([
      { serial: 'F2LXK0ABCD12', purchaseDate: '2023-12-25', purchasePrice: 1029 },
      { serial: 'R58T30ABCDE', department: 'Comptabilité', purchasePrice: 449.9 },
      { serial: 'PF3ABCDE', userName: 'Zoé Lefèvre', purchasePrice: 1234.56, kind: 'laptop' },
    ]);
    expect(part.result?.errors).toMatchObject([{ row: 5, code: 'import-row-no-key' }]);
  });

  it('reads month-first dates once one value proves them, and comma thousands', async () => {
    const part = await onlyPart('asset-register-en-us-dates-comma-thousands.csv');

    expect(rowsOf(part)).toMatchObject([
      { purchaseDate: '2023-12-25', purchasePrice: 1199 },
      { purchaseDate: '2024-03-04', purchasePrice: 599 },
    ]);
  });

  it('reads an XLSX register with serial dates and a numeric IMEI', async () => {
    const part = await onlyPart('asset-register-dates-as-serials-two-sheets.xlsx');

    expect(part).toMatchObject({
      format: 'xlsx',
      sheetName: 'Parc',
      sheetNames: ['Notes', 'Parc'],
      encoding: null,
    });
    expect(rowsOf(part)).toMatchObject([
      { imei: '352099001761481', purchaseDate: '2023-02-01', purchasePrice: 1029 },
      { userName: 'Jean Leroy', purchaseDate: '2024-01-03', purchasePrice: 449.9 },
    ]);
  });

  it('reads the sheet the user picks, and says when the picked one is empty', async () => {
    const file = 'asset-register-dates-as-serials-two-sheets.xlsx';
    const bytes = fixture(file);

    const chosen = await importFile({ name: file, bytes }, { sheet: 'Parc' });
    const notes = await importFile({ name: file, bytes }, { sheet: 'Notes' });

    expect(chosen.ok && chosen.parts[0].result?.rows).toHaveLength(2);
    expect(notes).toMatchObject({ ok: false, error: { code: 'import-empty' } });
  });

  it('passes over a notes sheet of one line in front of the data', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Lisez-moi').addRow(['Export du parc, voir la feuille suivante']);
    const data = workbook.addWorksheet('Parc');
    data.addRow(['Modèle', 'Numéro de série', 'Utilisateur']);
    data.addRow(['Pixel 8', 'NOTESERIAL01', 'Inès Roux']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const result = await importFile({ name: 'parc.xlsx', bytes });

    expect(result.ok && result.parts[0].sheetName).toBe('Parc');
    expect(result.ok && result.parts[0].result?.rows).toMatchObject([{ serial: 'NOTESERIAL01' }]);
  });

  it('turns a cell-level problem into a warning and keeps the row', async () => {
    const text = 'Serial;Model;Purchase date;Purchase price;IMEI\nS1;iPhone;31/02/2024;12,5;123\n';
    const result = await importFile({ name: 'r.csv', bytes: new TextEncoder().encode(text) });

    expect(result.ok && result.parts[0].result?.rows).toMatchObject([
      { key: 'S1', purchaseDate: null, purchasePrice: 12.5, imei: null },
    ]);
    expect(result.ok && result.parts[0].result?.errors).toMatchObject([
      { row: 2, column: 'IMEI', code: 'import-imei-invalid', severity: 'warning' },
      { row: 2, column: 'Purchase date', code: 'import-date-invalid', severity: 'warning' },
    ]);
  });
});

describe('importFile: operator billing', () => {
  it('reads the documented French layout under its title lines, in cp1252', async () => {
    const part = await onlyPart('operator-fr-semicolon-cp1252-euro.csv', { operator: 'Orange' });

    expect(part.recognition).toMatchObject({ source: 'operator-fr', dataset: 'invoices' });
    expect(rowsOf(part)[0]).toEqual({
      lineNumber: '+33612345678',
      period: '2024-03',
      billingPeriod: null,
      operator: 'Orange',
      plan: 'Pro 20 Go',
      planCharge: 19.99,
      dataMb: 15320.5,
      voiceMin: 312,
      sms: 45,
      outOfPlan: 0,
      options: 3,
      oneOff: 0,
      totalExVat: 22.99,
    });
    expect(rowsOf(part)).toHaveLength(3);
  });

  it('leaves the total row out and rejects a line number that is not a phone number', async () => {
    const part = await onlyPart('operator-fr-semicolon-cp1252-euro.csv');

    expect(part.result?.totalRows).toBe(1);
    expect(part.result?.rejectedRows).toBe(1);
    expect(part.result?.errors).toMatchObject([
      {
        row: 7,
        column: 'Numéro de ligne',
        code: 'import-phone-invalid',
        value: 'enc-9729345087614266',
        severity: 'error',
      },
    ]);
  });

  it('builds the lines dataset from the same file when asked', async () => {
    const part = await onlyPart('operator-fr-semicolon-cp1252-euro.csv', { dataset: 'lines' });

    expect(rowsOf(part)[0]).toEqual({
      number: '+33612345678',
      operator: null,
      accountNumber: null,
      userName: 'Marie Dupont',
      userEmail: null,
      department: null,
      costCenter: '0045250140',
      plan: 'Pro 20 Go',
      planPrice: 19.99,
      dataAllowanceMb: 20480,
      voiceAllowanceMin: null,
      status: 'active',
      activationDate: null,
      imei: null,
    });
  });

  it('rejects, not zeroes, an invoice amount it cannot read', async () => {
    const text =
      'Numéro de ligne;Forfait;Prix forfait HT;Conso data (Mo);Total HT;Période\n' +
      '0612345678;Pro;douze;10;12,00;2024-03\n';
    const result = await importFile({ name: 'f.csv', bytes: new TextEncoder().encode(text) });

    expect(result.ok && result.parts[0].result?.rows).toEqual([]);
    expect(result.ok && result.parts[0].result?.errors).toMatchObject([
      { row: 2, column: 'Prix forfait HT', code: 'import-amount-invalid', severity: 'error' },
    ]);
  });
});

describe('importFile: unknown files and containers', () => {
  it('returns an unknown layout unmapped, with suggestions from names and values', async () => {
    const part = await onlyPart('unknown-layout-suggestions.csv');

    expect(part.recognition.source).toBe('unrecognised');
    expect(part.result).toBeNull();
    const byColumn = new Map(part.recognition.suggestions.map((s) => [s.column, s]));
    expect(byColumn.get('Porteur')).toEqual({
      column: 'Porteur',
      fields: ['userName'],
      basis: 'name',
    });
    expect(byColumn.get('Mél')).toEqual({ column: 'Mél', fields: ['userEmail'], basis: 'values' });
    expect(byColumn.get('Appareil n°')?.fields[0]).toBe('imei');
    expect(byColumn.get('Mobile')?.fields[0]).toBe('phoneNumber');
    expect(byColumn.get('Acquis le')?.fields).toContain('purchaseDate');
  });

  it('maps an unknown UTF-16 file by generic names once the user picks the dataset', async () => {
    const part = await onlyPart('utf16le-no-bom.txt', { dataset: 'devices' });

    expect(part.encoding).toBe('utf-16le');
    expect(rowsOf(part)).toMatchObject([
      { key: 'F2LXK0ABCD12', name: 'IPH-DUPONT', platform: 'ios' },
      { key: 'R58T30ABCDE', platform: 'android' },
    ]);
  });

  it('uses the mapping chosen on the mapping screen', async () => {
    const part = await onlyPart('unknown-layout-suggestions.csv', {
      dataset: 'devices',
      mapping: { imei: 'Appareil n°', userName: 'Porteur', purchaseDate: 'Acquis le' },
    });

    expect(rowsOf(part)[1]).toMatchObject({
      key: '356938035643809',
      userName: 'Jean Leroy',
      purchaseDate: '2024-01-03',
    });
  });

  it('reads every export inside a ZIP, each named after its entry', async () => {
    const result = await importFile({ name: 'remise.zip', bytes: fixture('bundle-two-csv.zip') });

    expect(result.ok && result.parts.map((p) => [p.name, p.recognition.source])).toEqual([
      ['remise.zip/exports/intune.csv', 'intune'],
      ['remise.zip/exports/registre.csv', 'asset-register'],
    ]);
  });

  it('fails the whole file, importing nothing, when an archive entry is unsafe', async () => {
    const result = await importFile({ name: 's.zip', bytes: fixture('zip-slip-dotdot-entry.zip') });

    expect(result).toMatchObject({ ok: false, file: 's.zip' });
    expect(!result.ok && result.error.code).toBe('import-zip-unsafe-path');
  });

  it('fails a file holding only a header as empty', async () => {
    const result = await importFile({ name: 'h.csv', bytes: new TextEncoder().encode('a,b\n') });

    expect(!result.ok && result.error).toMatchObject({
      code: 'import-empty',
      params: { file: 'h.csv' },
    });
  });

  it('stops when the caller aborts', async () => {
    const bytes = fixture('intune-utf8-bom-entra-labels.csv');
    const result = await importFile({ name: 'i.csv', bytes }, { signal: { aborted: true } });

    expect(!result.ok && result.error.code).toBe('import-cancelled');
  });
});
