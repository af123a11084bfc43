// A reconciliation shaped for the Data screen's tables: each finding's rows trimmed to what
// the tables show. A device's provenance alone outweighs the fields shown, and every field
// sent is a field the UI thread has to copy.
import type { Device } from '@core/model/device';
import type { Line } from '@core/model/line';
import type { Reconciliation } from '@core/reconcile';

import { formatPhone } from '../i18n/format';
import type { DeviceRow, Finding, FindingRows, LineRow, LinkRow } from './reconcile-types';

/** What each tile counts: duplicates as groups, the other findings as rows. */
export function findingCounts(result: Reconciliation): Record<Finding, number> {
  return {
    linked: result.links.length,
    linesWithoutDevice: result.linesWithoutDevice.length,
    devicesWithoutLine: result.devicesWithoutLine.length,
    registerOnly: result.registerOnly.length,
    mdmOnly: result.mdmOnly.length,
    staleDevices: result.staleDevices.length,
    ghostDevices: result.ghostDevices.length,
    duplicates: result.duplicates.length,
    usersWithSeveralLines: result.usersWithSeveralLines.length,
    conflicts: result.conflicts.length,
  };
}

/** Every finding's rows as the tables show them. */
export function findingRows(
  result: Reconciliation,
  devices: readonly Device[],
  lines: readonly Line[],
): FindingRows {
  // A device found by several findings travels once: a message copies a shared object once.
  const shaped = new Map<Device, DeviceRow>();
  const device = (row: Device): DeviceRow => {
    let trimmed = shaped.get(row);
    if (!trimmed) {
      trimmed = deviceRow(row);
      shaped.set(row, trimmed);
    }
    return trimmed;
  };
  let index = 0;

  return {
    linked: linkRows(result, devices, lines),
    linesWithoutDevice: result.linesWithoutDevice.map(lineRow),
    devicesWithoutLine: result.devicesWithoutLine.map(device),
    registerOnly: result.registerOnly.map(device),
    mdmOnly: result.mdmOnly.map(device),
    staleDevices: result.staleDevices.map(device),
    ghostDevices: result.ghostDevices.map(device),
    duplicates: result.duplicates.flatMap((group) =>
      group.devices.map((member) => ({
        value: group.value,
        by: group.by,
        device: device(member),
        index: index++,
      })),
    ),
    usersWithSeveralLines: result.usersWithSeveralLines,
    conflicts: result.conflicts.map(({ device: { key, model }, field, values }) => ({
      device: { key, model },
      field,
      values,
    })),
  };
}

function deviceRow(device: Device): DeviceRow {
  const { key, model, platform, osVersion } = device;
  const { userName, department, compliance, lastCheckIn } = device;
  return { key, model, platform, osVersion, userName, department, compliance, lastCheckIn };
}

function lineRow(line: Line): LineRow {
  const { number, operator, plan, planPrice, userName, department, status } = line;
  return {
    number,
    numberText: formatPhone(number),
    operator,
    plan,
    planPrice,
    userName,
    department,
    status,
  };
}

function linkRows(
  result: Reconciliation,
  devices: readonly Device[],
  lines: readonly Line[],
): LinkRow[] {
  const deviceByKey = new Map(devices.map((d) => [d.key, d]));
  const lineByNumber = new Map(lines.map((l) => [l.number, l]));

  return result.links.map(({ deviceKey, lineNumber, by }) => {
    const device = deviceByKey.get(deviceKey);
    const line = lineByNumber.get(lineNumber);
    return {
      deviceKey,
      model: device?.model ?? null,
      lineNumber,
      numberText: formatPhone(lineNumber),
      by,
      userName: line?.userName ?? device?.userName ?? null,
    };
  });
}
