// Two imports may describe the same line and month from different angles: the bill gives the
// charges, a usage report (Verizon usage detail, Bell usage overview, TELUS airtime) gives the
// data, minutes and texts with no money at all. The later import wins, except that it never
// wipes out what it does not carry.
import type { InvoiceRow } from '@core/model/invoice';

const hasCharges = (row: InvoiceRow) =>
  row.planCharge !== 0 ||
  row.outOfPlan !== 0 ||
  row.options !== 0 ||
  row.oneOff !== 0 ||
  row.totalExVat !== 0;

const hasUsage = (row: InvoiceRow) => row.dataMb !== 0 || row.voiceMin !== 0 || row.sms !== 0;

/** The row for a line, service month and invoice once a later import's row is merged over an earlier one. */
export function combineInvoiceRows(earlier: InvoiceRow, later: InvoiceRow): InvoiceRow {
  const combined = {
    ...later,
    operator: later.operator ?? earlier.operator,
    plan: later.plan ?? earlier.plan,
    billingPeriod: later.billingPeriod ?? earlier.billingPeriod,
  };

  if (!hasCharges(later)) {
    combined.planCharge = earlier.planCharge;
    combined.outOfPlan = earlier.outOfPlan;
    combined.options = earlier.options;
    combined.oneOff = earlier.oneOff;
    combined.totalExVat = earlier.totalExVat;
  }
  if (!hasUsage(later)) {
    combined.dataMb = earlier.dataMb;
    combined.voiceMin = earlier.voiceMin;
    combined.sms = earlier.sms;
  }
  return combined;
}
