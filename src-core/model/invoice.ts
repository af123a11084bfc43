import { z } from 'zod';

const money = z.number().finite().catch(0);
const quantity = z.number().finite().nonnegative().catch(0);

/** One line's charges and usage for one billing month, excluding VAT. */
export const invoiceRowSchema = z.object({
  lineNumber: z.string().min(1),
  period: z.string().regex(/^\d{4}-\d{2}$/),
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

/** Normalises one stored or imported invoice row; throws when line or period is missing. */
export function restoreInvoiceRow(raw: unknown): InvoiceRow {
  return invoiceRowSchema.parse(raw);
}
