// Which department, cost centre and operator an invoice row's charges belong to: the line
// inventory says it, else the device that carries the number (for the department).
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';

import type { CostDimension } from './types';

/** The keys of a bill's charges; '' where nothing says it. */
export interface CostKeys {
  /** A line's department or cost centre. */
  ofLine(lineNumber: string, dimension: Exclude<CostDimension, 'operator'>): string;
  /** The operator billing a row: the row says it, else the line inventory. */
  operatorOf(row: InvoiceRow): string;
  /** One row's key along any dimension. */
  ofRow(row: InvoiceRow, dimension: CostDimension): string;
}

/** Builds the lookups from the lines and devices of the engagement. */
export function costKeys(lines: readonly Line[], devices: readonly Device[]): CostKeys {
  const lineByNumber = new Map(lines.map((line) => [line.number, line]));
  const departmentByNumber = new Map<string, string>();
  for (const device of devices) {
    if (device.phoneNumber && device.department) {
      departmentByNumber.set(device.phoneNumber, device.department);
    }
  }

  const ofLine: CostKeys['ofLine'] = (lineNumber, dimension) => {
    const line = lineByNumber.get(lineNumber);
    if (dimension === 'costCenter') return line?.costCenter ?? '';
    return line?.department ?? departmentByNumber.get(lineNumber) ?? '';
  };
  const operatorOf: CostKeys['operatorOf'] = (row) =>
    row.operator?.trim() || lineByNumber.get(row.lineNumber)?.operator?.trim() || '';

  return {
    ofLine,
    operatorOf,
    ofRow: (row, dimension) =>
      dimension === 'operator' ? operatorOf(row) : ofLine(row.lineNumber, dimension),
  };
}
