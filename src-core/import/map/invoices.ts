import type { InvoiceRow } from '@core/model/invoice';

import type { RowReader } from './cells';
import { INVOICE_SHAPE } from './shapes';
import { validatedRow } from './validated';

/** What an invoice file implies beyond its cells. */
export interface InvoiceDefaults {
  operator: string | null;
  /** Month (`YYYY-MM`) for files that carry none per row: service and billing month alike. */
  period: string | null;
}

// A file with one month column maps both fields to it; a billing month equal to the service
// month is stored as null, which the model reads as "the same".
function billingMonth(cells: RowReader, period: string): string | null {
  const billed = cells.period('billingPeriod');
  return billed !== null && billed !== period ? billed : null;
}

/** Builds one line's service month of charges; line and month are required, blanks are 0. */
export function toInvoiceRow(cells: RowReader, defaults: InvoiceDefaults): InvoiceRow | null {
  const field = cells.text('lineNumber') !== null ? 'lineNumber' : 'number';
  const lineNumber = cells.phone(field, 'error');
  const period = cells.serviceMonth('period') ?? defaults.period;

  if (!lineNumber && !cells.rejected) cells.reject('import-row-no-key', field);
  if (!period && !cells.rejected) cells.reject('import-period-invalid', 'period');
  if (!lineNumber || !period) return null;

  const row = {
    lineNumber,
    period,
    billingPeriod: billingMonth(cells, period),
    operator: cells.text('operator') ?? defaults.operator,
    plan: cells.text('plan'),
    planCharge: cells.amount('planCharge', 'error') ?? 0,
    dataMb: cells.quantity('dataMb', 'mb', 'error') ?? 0,
    voiceMin: cells.quantity('voiceMin', 'minutes', 'error') ?? 0,
    sms: cells.quantity('sms', 'count', 'error') ?? 0,
    outOfPlan: cells.amount('outOfPlan', 'error') ?? 0,
    options: cells.amount('options', 'error') ?? 0,
    oneOff: cells.amount('oneOff', 'error') ?? 0,
    totalExVat: cells.amount('totalExVat', 'error') ?? 0,
  };

  return validatedRow(row, INVOICE_SHAPE, cells);
}
