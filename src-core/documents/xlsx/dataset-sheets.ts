// The dataset sheets: devices, lines and invoice rows, with column names the importer knows.
import type { Device } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';

import type { DocTexts, WorkbookTexts } from '../texts';
import type { ColumnSpec, SheetSpec } from './sheet-spec';

const RED = 'FFF8D7DA';

type Columns<T> = ColumnSpec<T>[];

function text<T>(header: string, width: number, value: (row: T) => string | null) {
  return { header, kind: 'text', width, value } as const;
}

/** The devices sheet, one row per device; non-compliant devices are highlighted. */
export function devicesSheet(
  devices: readonly Device[],
  w: WorkbookTexts,
  d: DocTexts,
): SheetSpec<Device> {
  const h = w.devices;
  const columns: Columns<Device> = [
    text(h.mdmId, 16, (r) => r.mdmId),
    text(h.name, 22, (r) => r.name),
    text(h.serial, 18, (r) => r.serial),
    text(h.imei, 17, (r) => r.imei),
    text(h.phoneNumber, 16, (r) => r.phoneNumber),
    text(h.manufacturer, 12, (r) => r.manufacturer),
    text(h.model, 20, (r) => r.model),
    text(h.kind, 16, (r) => d.kind[r.kind]),
    text(h.platform, 11, (r) => d.platform[r.platform]),
    text(h.osVersion, 11, (r) => r.osVersion),
    { header: h.securityPatch, kind: 'date', width: 13, value: (r) => r.securityPatch },
    text(h.ownership, 12, (r) => d.ownership[r.ownership]),
    text(h.userName, 20, (r) => r.userName),
    text(h.userEmail, 28, (r) => r.userEmail),
    text(h.department, 18, (r) => r.department),
    text(h.site, 18, (r) => r.site),
    { header: h.purchaseDate, kind: 'date', width: 13, value: (r) => r.purchaseDate },
    { header: h.purchasePrice, kind: 'money', width: 13, value: (r) => r.purchasePrice },
    { header: h.enrolledAt, kind: 'date', width: 13, value: (r) => r.enrolledAt },
    { header: h.lastCheckIn, kind: 'date', width: 13, value: (r) => r.lastCheckIn },
    text(h.compliance, 16, (r) => d.compliance[r.compliance]),
    text(h.managed, 8, (r) => (r.managed ? d.yes : d.no)),
  ];
  const compliance = columns.findIndex((c) => c.header === h.compliance) + 1;

  return {
    name: w.sheet.devices,
    columns,
    rows: devices,
    highlights: [{ column: compliance, equals: d.compliance.noncompliant, fill: RED }],
  };
}

/** The lines sheet, one row per line; terminated lines are highlighted. */
export function linesSheet(lines: readonly Line[], w: WorkbookTexts, d: DocTexts): SheetSpec<Line> {
  const h = w.lines;
  const columns: Columns<Line> = [
    text(h.number, 16, (r) => r.number),
    text(h.operator, 16, (r) => r.operator),
    text(h.accountNumber, 14, (r) => r.accountNumber),
    text(h.userName, 20, (r) => r.userName),
    text(h.userEmail, 28, (r) => r.userEmail),
    text(h.department, 18, (r) => r.department),
    text(h.costCenter, 12, (r) => r.costCenter),
    text(h.plan, 22, (r) => r.plan),
    { header: h.planPrice, kind: 'money', width: 13, value: (r) => r.planPrice },
    { header: h.dataAllowanceMb, kind: 'integer', width: 13, value: (r) => r.dataAllowanceMb },
    { header: h.voiceAllowanceMin, kind: 'integer', width: 13, value: (r) => r.voiceAllowanceMin },
    text(h.status, 11, (r) => d.lineStatus[r.status]),
    { header: h.activationDate, kind: 'date', width: 13, value: (r) => r.activationDate },
    text(h.imei, 17, (r) => r.imei),
  ];

  return {
    name: w.sheet.lines,
    columns,
    rows: lines,
    highlights: [{ column: 12, equals: d.lineStatus.terminated, fill: RED }],
  };
}

/** The invoices sheet, one row per line and billing month. */
export function invoicesSheet(
  rows: readonly InvoiceRow[],
  w: WorkbookTexts,
): SheetSpec<InvoiceRow> {
  const h = w.invoices;
  const money = (header: string, value: (r: InvoiceRow) => number) =>
    ({ header, kind: 'money', width: 13, value }) as const;

  return {
    name: w.sheet.invoices,
    rows,
    columns: [
      text(h.lineNumber, 16, (r) => r.lineNumber),
      text(h.period, 10, (r) => r.period),
      text(h.operator, 16, (r) => r.operator),
      text(h.plan, 22, (r) => r.plan),
      money(h.planCharge, (r) => r.planCharge),
      { header: h.dataMb, kind: 'decimal', width: 13, value: (r) => r.dataMb },
      { header: h.voiceMin, kind: 'integer', width: 13, value: (r) => r.voiceMin },
      { header: h.sms, kind: 'integer', width: 10, value: (r) => r.sms },
      money(h.outOfPlan, (r) => r.outOfPlan),
      money(h.options, (r) => r.options),
      money(h.oneOff, (r) => r.oneOff),
      money(h.totalExVat, (r) => r.totalExVat),
    ],
  };
}
