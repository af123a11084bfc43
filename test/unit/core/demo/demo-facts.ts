// What an auditor would measure on the demo data, computed from the records themselves so the
// tests check the outcome rather than the generator's own settings.

import { MODELS } from '@core/demo/models';
import type { DemoDataset } from '@core/demo/generate';
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';

const DAY_MS = 86_400_000;

/** Whole days from an ISO date to the reference date. */
export function daysBefore(date: string, referenceDate: string): number {
  return (Date.parse(referenceDate) - Date.parse(date)) / DAY_MS;
}

/** The Luhn check over a whole number, as IMEI validators do it. */
export function passesLuhn(value: string): boolean {
  const sum = [...value].reverse().reduce((total, char, i) => {
    const doubled = Number(char) * (i % 2 === 1 ? 2 : 1);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);

  return sum % 10 === 0;
}

const RELEASED = new Map(MODELS.map((m) => [m.model, m.released]));

/**
 * Devices whose story is out of order: bought before the model came out, enrolled before being
 * bought, seen before being enrolled, or anything after the reference date.
 */
export function outOfOrder(devices: readonly Device[], referenceDate: string): Device[] {
  return devices.filter((d) => {
    if (!d.enrolledAt || !d.lastCheckIn) return true;

    const steps = [RELEASED.get(d.model ?? ''), d.purchaseDate, d.enrolledAt, d.lastCheckIn];
    const known = [...steps.filter((step) => step != null), referenceDate];
    return known.some((step, i) => i > 0 && step < known[i - 1]);
  });
}

/** Invoice rows per line number, in period order. */
export function rowsByLine(invoices: readonly InvoiceRow[]): Map<string, InvoiceRow[]> {
  const byLine = new Map<string, InvoiceRow[]>();
  for (const row of invoices)
    byLine.set(row.lineNumber, [...(byLine.get(row.lineNumber) ?? []), row]);

  for (const rows of byLine.values()) rows.sort((a, b) => a.period.localeCompare(b.period));
  return byLine;
}

const silent = (row: InvoiceRow): boolean => row.dataMb + row.voiceMin + row.sms === 0;

export interface DemoFacts {
  billedLines: Line[];
  /** No traffic at all in the last three months, yet still billed. */
  unusedLines: Line[];
  /** In use, but averaging under a tenth of the data allowance. */
  underUsedLines: Line[];
  /** Out-of-plan charges in three months or more. */
  overPlanLines: Line[];
  /** Numbers that no device reports. */
  linesWithoutDevice: Line[];
  devicesWithoutLine: DemoDataset['devices'];
  /** No MDM check-in for 90 days or more. */
  ghostDevices: DemoDataset['devices'];
}

/** The situations an audit of the dataset would report. */
export function measure(data: DemoDataset): DemoFacts {
  const byLine = rowsByLine(data.invoices);
  const rowsOf = (line: Line): InvoiceRow[] => byLine.get(line.number) ?? [];
  const billedLines = data.lines.filter((l) => rowsOf(l).length > 0);

  const unusedLines = billedLines.filter((l) => {
    const lastThree = rowsOf(l).slice(-3);
    return lastThree.every(silent) && lastThree.every((r) => r.totalExVat > 0);
  });
  const unused = new Set(unusedLines);
  const underUsedLines = billedLines.filter((l) => {
    const rows = rowsOf(l);
    const averageMb = rows.reduce((sum, r) => sum + r.dataMb, 0) / rows.length;
    return !unused.has(l) && averageMb < 0.1 * (l.dataAllowanceMb ?? 0);
  });
  const overPlanLines = billedLines.filter(
    (l) => rowsOf(l).filter((r) => r.outOfPlan > 0).length >= 3,
  );

  const numbersOnDevices = new Set(data.devices.map((d) => d.phoneNumber));
  const lineNumbers = new Set(data.lines.map((l) => l.number));
  const referenceDate = data.engagement.referenceDate;

  return {
    billedLines,
    unusedLines,
    underUsedLines,
    overPlanLines,
    linesWithoutDevice: data.lines.filter((l) => !numbersOnDevices.has(l.number)),
    devicesWithoutLine: data.devices.filter(
      (d) => !d.phoneNumber || !lineNumbers.has(d.phoneNumber),
    ),
    ghostDevices: data.devices.filter(
      (d) => d.lastCheckIn !== null && daysBefore(d.lastCheckIn, referenceDate) >= 90,
    ),
  };
}

/** Share of `part` in `whole`, 0 for an empty whole. */
export function share(part: readonly unknown[], whole: readonly unknown[]): number {
  return whole.length === 0 ? 0 : part.length / whole.length;
}
