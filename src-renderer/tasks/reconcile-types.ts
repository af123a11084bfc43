// What the 'reconcile-views' task takes and gives across the worker boundary: the count of
// every finding and the rows of the findings the Data screen shows, trimmed to the fields its
// tables read, numbers already formatted (libphonenumber takes about 5 µs a number: 80 ms for
// a bill of 16,000 lines, which the UI thread no longer pays).
import type { Device } from '@core/model/device';
import type { EngagementId, IsoDate } from '@core/model/ids';
import type { Line } from '@core/model/line';
import type { DeviceLineLink, Person } from '@core/reconcile';

export const FINDINGS = [
  'linked',
  'linesWithoutDevice',
  'devicesWithoutLine',
  'registerOnly',
  'mdmOnly',
  'staleDevices',
  'ghostDevices',
  'duplicates',
  'usersWithSeveralLines',
  'conflicts',
] as const;
export type Finding = (typeof FINDINGS)[number];

/** The device fields the reconciliation tables show. */
export type DeviceRow = Pick<
  Device,
  | 'key'
  | 'model'
  | 'platform'
  | 'osVersion'
  | 'userName'
  | 'department'
  | 'compliance'
  | 'lastCheckIn'
>;

/** The line fields the reconciliation tables show. */
export type LineFields = Pick<
  Line,
  'number' | 'operator' | 'plan' | 'planPrice' | 'userName' | 'department' | 'status'
>;

/** A line as sent, with its number as the screen writes it. */
export type LineRow = LineFields & { numberText: string };

export interface LinkRow {
  deviceKey: string;
  model: string | null;
  lineNumber: string;
  numberText: string;
  by: DeviceLineLink['by'];
  /** The line's user, else the device's. */
  userName: string | null;
}

/** One device of a group sharing an IMEI or a serial; `index` keeps rows apart. */
export interface DuplicateRow {
  value: string;
  by: 'imei' | 'serial';
  device: DeviceRow;
  index: number;
}

export interface ConflictRow {
  device: Pick<Device, 'key' | 'model'>;
  field: string;
  values: { importId: string; value: string | number | boolean }[];
}

export interface FindingRows {
  linked: LinkRow[];
  linesWithoutDevice: LineRow[];
  devicesWithoutLine: DeviceRow[];
  registerOnly: DeviceRow[];
  mdmOnly: DeviceRow[];
  staleDevices: DeviceRow[];
  ghostDevices: DeviceRow[];
  duplicates: DuplicateRow[];
  usersWithSeveralLines: Person[];
  conflicts: ConflictRow[];
}

export interface ReconcileInput {
  engagementId: EngagementId;
  /** The day the findings are as of, as the screen states it. */
  referenceDate: IsoDate;
  /** The finding whose rows the screen shows. */
  finding: Finding;
}

export interface ReconcileOutput {
  /** What each tile counts: devices, lines, people or groups (a duplicate is one group). */
  counts: Record<Finding, number>;
  /** The rows of every finding when they are few, else those of the finding asked for. */
  rows: Partial<FindingRows>;
}
