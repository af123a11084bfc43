// The bench's large engagement: the seeded demo tiled to 50,000 devices and 20,000 lines billed
// over 12 months (about 235,000 invoice rows), with identifiers made unique per copy so that
// merging and grouping do the same work as on a real fleet of that size.
import { generateDemo } from '@core/demo/generate';
import type { DemoEngagement } from '@core/demo/generate';
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';

export const LARGE_DEVICES = 50_000;
export const LARGE_LINES = 20_000;

export interface LargeEngagement {
  engagement: DemoEngagement;
  devices: Device[];
  lines: Line[];
  invoices: InvoiceRow[];
}

const suffixed = (value: string | null, copy: number) =>
  value === null || copy === 0 ? value : `${value}-${copy}`;

/** The tiled engagement; the same every time. */
export function largeEngagement(): LargeEngagement {
  const demo = generateDemo();
  const numbers = new Map<string, string>();
  const renumber = (original: string, copy: number): string => {
    const key = `${copy}|${original}`;
    let number = numbers.get(key);
    if (!number) {
      // +33 7 0x xx xx xx: French mobile numbers nobody else in the demo uses.
      number = `+3370${String(numbers.size).padStart(7, '0')}`;
      numbers.set(key, number);
    }
    return number;
  };

  const lines: Line[] = [];
  const invoices: InvoiceRow[] = [];
  for (let copy = 0; lines.length < LARGE_LINES; copy++) {
    const kept = new Set<string>();
    for (const line of demo.lines) {
      if (lines.length === LARGE_LINES) break;
      kept.add(line.number);
      // Each copy is other people: a name kept across copies would give one person nine lines.
      lines.push({
        ...line,
        number: renumber(line.number, copy),
        userName: suffixed(line.userName, copy),
        userEmail: suffixed(line.userEmail, copy),
      });
    }
    for (const row of demo.invoices) {
      if (!kept.has(row.lineNumber)) continue;
      invoices.push({ ...row, lineNumber: renumber(row.lineNumber, copy) });
    }
  }

  const devices: Device[] = [];
  for (let copy = 0; devices.length < LARGE_DEVICES; copy++) {
    for (const device of demo.devices) {
      if (devices.length === LARGE_DEVICES) break;
      const phone = device.phoneNumber;
      devices.push({
        ...device,
        key: `${device.key}~${copy}`,
        mdmId: suffixed(device.mdmId, copy),
        serial: suffixed(device.serial, copy),
        imei: copy === 0 ? device.imei : null,
        phoneNumber: phone && numbers.has(`${copy}|${phone}`) ? renumber(phone, copy) : null,
        userName: suffixed(device.userName, copy),
        userEmail: suffixed(device.userEmail, copy),
      });
    }
  }

  return { engagement: demo.engagement, devices, lines, invoices };
}

/** The engagement's invoice rows as the CSV text an operator would send, for papaparse. */
export function invoicesAsCsv(invoices: readonly InvoiceRow[]): string {
  const out = [
    'Numéro de ligne;Période;Forfait;Prix forfait HT;Conso data (Mo);Conso voix (min);' +
      'Conso SMS;Hors forfait HT;Total HT',
  ];
  for (const row of invoices) {
    out.push(
      [
        row.lineNumber,
        row.period,
        row.plan ?? '',
        String(row.planCharge).replace('.', ','),
        String(row.dataMb).replace('.', ','),
        String(row.voiceMin),
        String(row.sms),
        String(row.outOfPlan).replace('.', ','),
        String(row.totalExVat).replace('.', ','),
      ].join(';'),
    );
  }
  return out.join('\r\n');
}

/** The engagement's devices as a plain asset-register CSV (English headers, comma). */
export function devicesAsCsv(devices: readonly Device[]): string {
  const columns: [string, (device: Device) => string | number | null][] = [
    ['Serial number', (d) => d.serial],
    ['IMEI', (d) => d.imei],
    ['Device name', (d) => d.name],
    ['Manufacturer', (d) => d.manufacturer],
    ['Model', (d) => d.model],
    ['OS', (d) => d.platform],
    ['OS version', (d) => d.osVersion],
    ['Security patch level', (d) => d.securityPatch],
    ['User', (d) => d.userName],
    ['Email', (d) => d.userEmail],
    ['Department', (d) => d.department],
    ['Purchase date', (d) => d.purchaseDate],
    ['Purchase price', (d) => d.purchasePrice],
    ['Enrollment date', (d) => d.enrolledAt],
    ['Last check-in', (d) => d.lastCheckIn],
    ['Compliance', (d) => d.compliance],
    ['Phone number', (d) => d.phoneNumber],
  ];
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const out = [columns.map(([name]) => name).join(',')];
  for (const device of devices) out.push(columns.map(([, read]) => quote(read(device))).join(','));
  return out.join('\n');
}
