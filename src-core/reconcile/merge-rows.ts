// How rows of the same dataset from several imports become one list, the same in the app's
// derived views and on the command line: a later import's row replaces an earlier one with the
// same key; invoice rows of one line, service month and invoice combine; devices merge by
// their identifiers.
import type { Device } from '@core/model/device';
import { billingMonthOf } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { planKey } from '@core/model/plan';
import type { Plan } from '@core/model/plan';

import { combineInvoiceRows } from './combine-invoice-rows';
import { KeyedRows } from './keyed-rows';
import type { RowKey } from './keyed-rows';
import { mergeDevices } from './merge-devices';

/** One import's rows, imports given oldest first. */
export interface RowImport<Row> {
  importId: string;
  rows: readonly Row[];
}

/**
 * The key of an invoice row: one line, one service month, one invoice. The same month billed on
 * two invoices (subscription in advance, usage in arrears) stays two rows, which the KPIs sum.
 * A usage report names no invoice: it pairs with the row of the same service month billed that
 * same month (or given with one month only), the row the bill's per-month export gives.
 */
export function invoiceKey(row: InvoiceRow): RowKey {
  const billed = billingMonthOf(row);
  return [row.lineNumber, billed === row.period ? billed : `${row.period}|${billed}`];
}

/** The key of a line: its number. */
export const lineKey = (line: Line): RowKey => [line.number, ''];

/** The key of a plan of the catalogue: its operator and name. */
export const planRowKey = (plan: Plan): RowKey => [planKey(plan), ''];

/** Rows by key, in first-seen order; a later row replaces (or combines with) an earlier one. */
export function mergeByKey<Row>(
  imports: readonly RowImport<Row>[],
  key: (row: Row) => RowKey,
  combine?: (earlier: Row, later: Row) => Row,
): Row[] {
  const rows = new KeyedRows(key, combine);
  for (const { rows: list } of imports) {
    for (const row of list) rows.add(row);
  }
  return rows.result();
}

export interface MergedDatasets {
  devices: Device[];
  lines: Line[];
  invoices: InvoiceRow[];
  plans: Plan[];
}

/** Every dataset merged from its imports. */
export function mergeDatasets(imports: {
  devices: readonly RowImport<Device>[];
  lines: readonly RowImport<Line>[];
  invoices: readonly RowImport<InvoiceRow>[];
  plans: readonly RowImport<Plan>[];
}): MergedDatasets {
  return {
    devices: mergeDevices(imports.devices),
    lines: mergeByKey(imports.lines, lineKey),
    invoices: mergeByKey(imports.invoices, invoiceKey, combineInvoiceRows),
    plans: mergeByKey(imports.plans, planRowKey),
  };
}
