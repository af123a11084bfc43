import { restoreInvoiceRow } from '@core/model/invoice';
import type { InvoiceRow } from '@core/model/invoice';

import { validated } from './devices';
import type { RowReader } from './cells';

/** What an invoice file implies beyond its cells. */
export interface InvoiceDefaults {
  operator: string | null;
  /** Billing month (`YYYY-MM`) for files that carry none per row. */
  period: string | null;
}

/** Builds one line's month of charges; line and period are required, blank amounts are 0. */
export function toInvoiceRow(cells: RowReader, defaults: InvoiceDefaults): InvoiceRow | null {
  const field = cells.text('lineNumber') !== null ? 'lineNumber' : 'number';
  const lineNumber = cells.phone(field, 'error');
  const period = cells.period('period') ?? defaults.period;

  if (!lineNumber && !cells.rejected) cells.reject('import-row-no-key', field);
  if (!period && !cells.rejected) cells.reject('import-period-invalid', 'period');
  if (!lineNumber || !period) return null;

  const row = {
    lineNumber,
    period,
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

  return validated(() => restoreInvoiceRow(row), cells);
}
