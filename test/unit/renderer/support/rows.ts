// Small rows for store tests: only the key fields are required, the restore step fills the rest.
import type { Device } from '@core/model/device';
import { restoreDevice } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import { restoreInvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { restoreLine } from '@core/model/line';

export function device(key: string, fields: Partial<Device> = {}): Device {
  return restoreDevice({ key, kind: 'smartphone', platform: 'ios', ...fields });
}

export function line(number: string, fields: Partial<Line> = {}): Line {
  return restoreLine({ number, status: 'active', ...fields });
}

export function invoice(lineNumber: string, period: string, totalExVat = 20): InvoiceRow {
  return restoreInvoiceRow({ lineNumber, period, totalExVat });
}

/** `count` devices keyed `prefix-0`, `prefix-1`... */
export function devices(count: number, prefix = 'SN', fields: Partial<Device> = {}): Device[] {
  return Array.from({ length: count }, (_, i) => device(`${prefix}-${i}`, fields));
}
