// Small hand-made inputs: every test builds only the rows it needs, so expected values can be
// worked out by hand next to the assertion.
import type { Device } from '@core/model/device';
import { restoreDevice } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import { restoreInvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { restoreLine } from '@core/model/line';
import { KPI_SETTING_DEFAULTS } from '@core/kpi/settings';
import type { KpiInput } from '@core/kpi/types';

/** A device with every field empty except the key and what the test gives. */
export function device(key: string, fields: Partial<Device> = {}): Device {
  return restoreDevice({ key, ...fields });
}

/** A line with every field empty except the number and what the test gives. */
export function line(number: string, fields: Partial<Line> = {}): Line {
  return restoreLine({ number, ...fields });
}

/** An invoice row of one line for one month; amounts default to 0. */
export function bill(
  lineNumber: string,
  period: string,
  fields: Partial<InvoiceRow> = {},
): InvoiceRow {
  return restoreInvoiceRow({ lineNumber, period, ...fields });
}

/** An input with no rows, default settings and the reference date 2026-11-30. */
export function input(fields: Partial<KpiInput> = {}): KpiInput {
  return {
    devices: [],
    lines: [],
    invoices: [],
    settings: KPI_SETTING_DEFAULTS,
    referenceDate: '2026-11-30',
    catalogue: null,
    footprints: null,
    ...fields,
  };
}
