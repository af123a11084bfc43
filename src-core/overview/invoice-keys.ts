// Which department, cost centre and operator an invoice row's charges belong to: the line
// inventory says it, else the device that carries the number (for the department).
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';

import type { CostDimension } from './types';

/** Gives the key of an invoice row along a dimension; '' when nothing says it. */
export type CostKeyOf = (row: InvoiceRow, dimension: CostDimension) => string;

/** Builds the lookup from the lines and devices of the engagement. */
export function costKeyFinder(lines: readonly Line[], devices: readonly Device[]): CostKeyOf {
  const lineByNumber = new Map(lines.map((line) => [line.number, line]));
  const departmentByNumber = new Map<string, string>();
  for (const device of devices) {
    if (device.phoneNumber && device.department) {
      departmentByNumber.set(device.phoneNumber, device.department);
    }
  }

  return (row, dimension) => {
    const line = lineByNumber.get(row.lineNumber);
    if (dimension === 'operator') return row.operator?.trim() || line?.operator?.trim() || '';
    if (dimension === 'costCenter') return line?.costCenter ?? '';
    return line?.department ?? departmentByNumber.get(row.lineNumber) ?? '';
  };
}
