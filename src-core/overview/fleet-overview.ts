// Counts the fleet and sums the bills for the dashboard's overview charts, in one pass over
// the devices and one over the invoice rows.
import { spendByMonth } from '@core/documents/fleet-stats';
import { COMPLIANCE_STATES, DEVICE_KINDS } from '@core/model/device';
import type { ComplianceState, Device, DeviceKind } from '@core/model/device';
import type { InvoiceRow } from '@core/model/invoice';
import type { Line } from '@core/model/line';
import { dayNumber } from '@core/reference/dates';
import type { OsCatalogue, OsTrack } from '@core/reference/os-catalogue';

import { AGE_BANDS, ageBandOf, modelKey, osReleaseFinder } from './device-keys';
import { costKeys } from './invoice-keys';
import type { AgeBand, CostDimension, FleetOverview, OverviewBar } from './types';

/** How many models and cost keys a chart shows; the rest are counted together. */
export const MODELS_SHOWN = 12;
export const COST_KEYS_SHOWN = 12;

export interface OverviewInput {
  devices: readonly Device[];
  lines: readonly Line[];
  invoices: readonly InvoiceRow[];
  referenceDate: string;
  catalogue: OsCatalogue | null;
  windowsTrack: OsTrack;
}

/** The overview of the fleet and its bills at the reference date. */
export function fleetOverview(input: OverviewInput): FleetOverview {
  const months = spendByMonth(input.invoices);
  const models = countDevices(input.devices, modelKey);

  return {
    ...deviceCounts(input),
    models: models.slice(0, MODELS_SHOWN),
    otherModels: models.slice(MODELS_SHOWN).reduce((sum, bar) => sum + bar.value, 0),
    months,
    costBy: costBy(input, Math.max(months.length, 1)),
  };
}

function deviceCounts(input: OverviewInput) {
  const osOf = osReleaseFinder(input.catalogue, input.windowsTrack);
  const os = new Map<string, OverviewBar>();
  const ages: AgeBand[] = AGE_BANDS.map((fromYears) => ({ fromYears, byKind: zeroKinds() }));
  const compliance = Object.fromEntries(COMPLIANCE_STATES.map((s) => [s, 0])) as Record<
    ComplianceState,
    number
  >;
  const today = dayNumber(input.referenceDate);
  let undated = 0;

  for (const device of input.devices) {
    const release = osOf(device);
    const bar = os.get(release.key) ?? { ...release, value: 0 };
    bar.value += 1;
    os.set(release.key, bar);

    const band = ageBandOf(device, input.referenceDate, today);
    if (band === null) undated += 1;
    else ages[band].byKind[device.kind] += 1;

    compliance[device.compliance] += 1;
  }

  return { os: sorted([...os.values()]), ages, undated, compliance };
}

function zeroKinds(): Record<DeviceKind, number> {
  return Object.fromEntries(DEVICE_KINDS.map((kind) => [kind, 0])) as Record<DeviceKind, number>;
}

function countDevices(devices: readonly Device[], keyOf: (d: Device) => string): OverviewBar[] {
  const counts = new Map<string, number>();
  for (const device of devices) {
    const key = keyOf(device);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return sorted([...counts].map(([key, value]) => ({ key, label: key || null, value })));
}

function costBy(input: OverviewInput, monthCount: number): Record<CostDimension, OverviewBar[]> {
  // Department and cost centre belong to the line: rows are summed per line first, then the
  // lines' totals per key. The operator is read on the row, and rows come operator by operator.
  const perLine = new Map<string, { total: number }>();
  const operators = new Map<string, { total: number }>();
  let lastOperator: string | null | undefined;
  let operator = { total: 0 };
  const keys = costKeys(input.lines, input.devices);

  for (const row of input.invoices) {
    let line = perLine.get(row.lineNumber);
    if (!line) perLine.set(row.lineNumber, (line = { total: 0 }));
    line.total += row.totalExVat;

    if (row.operator !== lastOperator) {
      lastOperator = row.operator;
      const key = keys.operatorOf(row);
      operator = operators.get(key) ?? { total: 0 };
      operators.set(key, operator);
    }
    operator.total += row.totalExVat;
  }

  const byLineKey = (dimension: 'department' | 'costCenter') => {
    const sums = new Map<string, number>();
    for (const [lineNumber, { total }] of perLine) {
      const key = keys.ofLine(lineNumber, dimension);
      sums.set(key, (sums.get(key) ?? 0) + total);
    }
    return sums;
  };
  const bars = (sums: ReadonlyMap<string, number>) =>
    sorted(
      [...sums].map(([key, total]) => ({ key, label: key || null, value: total / monthCount })),
    ).slice(0, COST_KEYS_SHOWN);

  return {
    department: bars(byLineKey('department')),
    costCenter: bars(byLineKey('costCenter')),
    operator: bars(new Map([...operators].map(([key, { total }]) => [key, total]))),
  };
}

// Largest first; ties by key so that two runs draw the same chart.
function sorted(bars: OverviewBar[]): OverviewBar[] {
  return bars.sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
