// A client's asset register as the bench reads it: 20 columns, typed cells (dates, numbers).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

const HEADER = [
  'Serial number',
  'IMEI',
  'Device name',
  'Manufacturer',
  'Model',
  'OS',
  'OS version',
  'Security patch level',
  'User',
  'Email',
  'Department',
  'Site',
  'Purchase date',
  'Purchase price',
  'Enrollment date',
  'Last check-in',
  'Compliance',
  'Ownership',
  'Phone number',
  'Device type',
];

const DEPARTMENTS = ['Ventes', 'Finance', 'Logistique', 'Direction', 'Support'];

function row(i: number): ExcelJS.CellValue[] {
  const day = (offset: number) => new Date(Date.UTC(2023, 0, 1 + ((i + offset) % 900)));
  const apple = i % 2 === 0;
  return [
    `SN${String(i).padStart(9, '0')}`,
    null,
    `PHONE-${i}`,
    apple ? 'Apple' : 'Samsung',
    apple ? 'iPhone 14' : 'Galaxy S23',
    apple ? 'iOS' : 'Android',
    apple ? '18.1' : '14',
    apple ? null : day(300),
    `Utilisateur ${i}`,
    `user${i}@client.fr`,
    DEPARTMENTS[i % DEPARTMENTS.length],
    'Lyon',
    day(0),
    799 + (i % 7) * 10,
    day(10),
    day(880),
    i % 9 === 0 ? 'Non conforme' : 'Conforme',
    'Entreprise',
    `+3361${String(i).padStart(7, '0')}`,
    'Smartphone',
  ];
}

/** The register's bytes, written with exceljs' streaming writer. */
export async function inventoryXlsxBytes(rows: number): Promise<Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), 'fleet-bench-'));
  const filename = join(folder, 'inventory.xlsx');
  try {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: false });
    const sheet = writer.addWorksheet('Parc');
    sheet.addRow(HEADER).commit();
    for (let i = 0; i < rows; i++) sheet.addRow(row(i)).commit();
    sheet.commit();
    await writer.commit();
    return new Uint8Array(readFileSync(filename));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
