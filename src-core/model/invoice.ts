import { z } from 'zod';

const money = z.number().finite().catch(0);
const quantity = z.number().finite().nonnegative().catch(0);

const month = /^\d{4}-\d{2}$/;

/**
 * One line's charges and usage for one service month, excluding VAT. A bill may charge the
 * subscription in advance and the usage in arrears: each part is then its own row, with the
 * month it covers in `period` and the month of the invoice in `billingPeriod`.
 */
export const invoiceRowSchema = z.object({
  lineNumber: z.string().min(1),
  /** The service month (`YYYY-MM`): the month the charges and the usage cover. */
  period: z.string().regex(month),
  /** The month of the invoice that billed it; null when the source gives one month only. */
  billingPeriod: z.string().regex(month).nullable().catch(null),
  operator: z.string().nullable().catch(null),
  plan: z.string().nullable().catch(null),
  planCharge: money,
  dataMb: quantity,
  voiceMin: quantity,
  sms: quantity,
  outOfPlan: money,
  options: money,
  oneOff: money,
  totalExVat: money,
});

export type InvoiceRow = z.infer<typeof invoiceRowSchema>;

/** The month of the invoice that billed a row: its own service month when none is given. */
export function billingMonthOf(row: InvoiceRow): string {
  // Views derived before the field existed hold rows without it.
  return row.billingPeriod ?? row.period;
}

/** Normalises one stored or imported invoice row; throws when line or period is missing. */
export function restoreInvoiceRow(raw: unknown): InvoiceRow {
  return invoiceRowSchema.parse(raw);
}
