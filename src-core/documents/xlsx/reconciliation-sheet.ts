// The reconciliation lists in one sheet, a list name on each row: lines no device carries,
// phones with no line, ghost and stale devices, register-only and MDM-only devices, and the
// people holding several lines. Filtered by its first column, it gives each list.
import type { Device } from '@core/model/device';
import type { Line } from '@core/model/line';
import { reconcile } from '@core/reconcile/reconcile';

import type { ReportData } from '../report-data';
import type { WorkbookTexts } from '../texts';
import type { SheetSpec } from './sheet-spec';

interface FindingRow {
  list: string;
  key: string;
  user: string | null;
  detail: string | null;
  lastCheckIn: string | null;
}

const deviceRow =
  (list: string) =>
  (device: Device): FindingRow => ({
    list,
    key: device.key,
    user: device.userName ?? device.userEmail,
    detail: [device.manufacturer, device.model].filter(Boolean).join(' ') || null,
    lastCheckIn: device.lastCheckIn,
  });

const lineRow =
  (list: string) =>
  (line: Line): FindingRow => ({
    list,
    key: line.number,
    user: line.userName ?? line.userEmail,
    detail: [line.operator, line.plan].filter(Boolean).join(' · ') || null,
    lastCheckIn: null,
  });

/** Every reconciliation list as of the report's reference date. */
export function reconciliationSheet(data: ReportData, w: WorkbookTexts): SheetSpec<FindingRow> {
  const h = w.reconciliation;
  const found = reconcile(data.devices, data.lines, { referenceDate: data.referenceDate });
  const rows: FindingRow[] = [
    ...found.linesWithoutDevice.map(lineRow(h.lists.linesWithoutDevice)),
    ...found.devicesWithoutLine.map(deviceRow(h.lists.devicesWithoutLine)),
    ...found.ghostDevices.map(deviceRow(h.lists.ghostDevices)),
    ...found.staleDevices.map(deviceRow(h.lists.staleDevices)),
    ...found.registerOnly.map(deviceRow(h.lists.registerOnly)),
    ...found.mdmOnly.map(deviceRow(h.lists.mdmOnly)),
    ...found.usersWithSeveralLines.map((person): FindingRow => ({
      list: h.lists.usersWithSeveralLines,
      key: person.email ?? person.name ?? person.key,
      user: person.name,
      detail: person.lineNumbers.join(', '),
      lastCheckIn: null,
    })),
  ];

  return {
    name: w.sheet.reconciliation,
    rows,
    columns: [
      { header: h.list, kind: 'text', width: 30, value: (r) => r.list },
      { header: h.key, kind: 'text', width: 26, value: (r) => r.key },
      { header: h.user, kind: 'text', width: 28, value: (r) => r.user },
      { header: h.detail, kind: 'text', width: 40, value: (r) => r.detail },
      { header: h.lastCheckIn, kind: 'date', width: 14, value: (r) => r.lastCheckIn },
    ],
  };
}
