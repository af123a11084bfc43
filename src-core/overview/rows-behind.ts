// The rows behind one bar of the overview: the devices or the invoice rows it counts, found
// with the very keys the counting used.
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import { dayNumber } from '@core/reference/dates';

import { ageBandOf, modelKey, osReleaseFinder } from './device-keys';
import { costKeys } from './invoice-keys';
import type { OverviewInput } from './fleet-overview';
import type { OverviewSelection } from './types';

export type RowsBehind =
  { dataset: 'devices'; rows: Device[] } | { dataset: 'invoices'; rows: InvoiceRow[] };

/** The devices or invoice rows the selected bar counts. */
export function rowsBehind(selection: OverviewSelection, input: OverviewInput): RowsBehind {
  switch (selection.chart) {
    case 'os': {
      const osOf = osReleaseFinder(input.catalogue, input.windowsTrack);
      return devices(input, (device) => osOf(device).key === selection.key);
    }
    case 'model':
      return devices(input, (device) => modelKey(device) === selection.key);
    case 'age': {
      const today = dayNumber(input.referenceDate);
      return devices(
        input,
        (device) =>
          device.kind === selection.kind &&
          ageBandOf(device, input.referenceDate, today) === selection.fromYears,
      );
    }
    case 'compliance':
      return devices(input, (device) => device.compliance === selection.state);
    case 'month':
      return invoices(input, (row) => row.period === selection.period);
    case 'cost': {
      const keys = costKeys(input.lines, input.devices);
      return invoices(input, (row) => keys.ofRow(row, selection.dimension) === selection.key);
    }
  }
}

function devices(input: OverviewInput, keep: (device: Device) => boolean): RowsBehind {
  return { dataset: 'devices', rows: input.devices.filter(keep) };
}

function invoices(input: OverviewInput, keep: (row: InvoiceRow) => boolean): RowsBehind {
  return { dataset: 'invoices', rows: input.invoices.filter(keep) };
}
