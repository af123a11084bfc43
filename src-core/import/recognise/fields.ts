import type { Dataset } from '@core/model/import-record';

/** Device columns a source can fill; `os` and `deviceType` are read to derive platform and kind. */
export const DEVICE_FIELDS = [
  'mdmId',
  'name',
  'serial',
  'imei',
  'phoneNumber',
  'manufacturer',
  'model',
  'os',
  'osVersion',
  'securityPatch',
  'ownership',
  'userName',
  'userEmail',
  'department',
  'site',
  'purchaseDate',
  'purchasePrice',
  'enrolledAt',
  'lastCheckIn',
  'compliance',
  'managed',
  'deviceType',
] as const;

export const LINE_FIELDS = [
  'number',
  'operator',
  'accountNumber',
  'userName',
  'userEmail',
  'department',
  'costCenter',
  'plan',
  'planPrice',
  'dataAllowanceMb',
  'voiceAllowanceMin',
  'status',
  'activationDate',
  'imei',
] as const;

export const INVOICE_FIELDS = [
  'lineNumber',
  'period',
  'billingPeriod',
  'operator',
  'plan',
  'planCharge',
  'dataMb',
  'voiceMin',
  'sms',
  'outOfPlan',
  'options',
  'oneOff',
  'totalExVat',
] as const;

/** Columns of a contract's plan catalogue; shared names mean what they mean for a line. */
export const PLAN_FIELDS = [
  'operator',
  'plan',
  'planCode',
  'planPrice',
  'dataAllowanceMb',
  'voiceAllowanceMin',
  'smsAllowance',
  'commitmentMonths',
] as const;

export type DeviceField = (typeof DEVICE_FIELDS)[number];
export type LineField = (typeof LINE_FIELDS)[number];
export type InvoiceField = (typeof INVOICE_FIELDS)[number];
export type PlanField = (typeof PLAN_FIELDS)[number];
export type FieldId = DeviceField | LineField | InvoiceField | PlanField;

/** Which column (by its unique header name) feeds each field. */
export type ColumnMapping = Partial<Record<FieldId, string>>;

/** The fields a dataset is built from, for the mapping screen. */
export const FIELDS_BY_DATASET: Record<Dataset, readonly FieldId[]> = {
  devices: DEVICE_FIELDS,
  lines: LINE_FIELDS,
  invoices: INVOICE_FIELDS,
  plans: PLAN_FIELDS,
};
