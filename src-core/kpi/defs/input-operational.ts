import type { IncidentRow } from '../inputs/schemas';
import { hoursBetween, median, monthOf } from '../inputs/time';
import { caveats, inputsOf, mean, missing, needImport, needInput, percent } from '../results';
import type { KpiDefinition, TrendPoint } from '../types';

const HANDOVER_LIMIT_HOURS = 48;

/** Mean of the values gathered per month, in month order. */
export function monthlyMeans(points: readonly { month: string; value: number }[]): TrendPoint[] {
  const byMonth = new Map<string, number[]>();
  for (const { month, value } of points) byMonth.set(month, [...(byMonth.get(month) ?? []), value]);
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, values]) => ({ period, value: mean(values) }));
}

export const provisioningDelay: KpiDefinition = {
  id: 'operations.provisioningDelayHours',
  category: 'operational',
  label: { fr: 'Délai de mise à disposition', en: 'Provisioning delay' },
  definition: {
    fr: 'Médiane des heures entre la demande d’un appareil et sa remise à l’utilisateur.',
    en: 'Median hours from a device request to its hand-over to the user.',
  },
  unit: 'hours',
  target: { direction: 'at-most', value: 48, amberLimit: 72, source: 'guide' },
  compute(input) {
    const rows = inputsOf(input).provisioning;
    if (rows.length === 0) return missing('no-entries', needInput('provisioning'));

    const delays = rows.map((row) => hoursBetween(row.requestedAt, row.handedOverAt));
    const onTime = delays.filter((hours) => hours <= HANDOVER_LIMIT_HOURS).length;
    return {
      value: median(delays),
      basis: rows.length,
      evidence: [],
      trend: monthlyMeans(
        rows.map((row, i) => ({ month: monthOf(row.handedOverAt), value: delays[i] ?? 0 })),
      ),
      breakdown: { within48hPct: percent(onTime, rows.length), requests: rows.length },
    };
  },
};

export const fleetAvailability: KpiDefinition = {
  id: 'operations.availabilityRate',
  category: 'operational',
  label: { fr: 'Disponibilité du parc', en: 'Fleet availability' },
  definition: {
    fr: 'Part des appareils de l’inventaire en état de marche aux dates relevées.',
    en: 'Share of the inventory’s devices in working order on the dates recorded.',
  },
  unit: 'percent',
  target: { direction: 'at-least', value: 98, amberLimit: 95, source: 'guide' },
  compute(input) {
    const rows = inputsOf(input).outages;
    if (rows.length === 0) return missing('no-entries', needInput('outages'));
    const fleet = input.devices.length;
    if (fleet === 0) return missing('no-devices', needImport('devices'));

    const points = rows.map((row) => ({
      month: monthOf(row.date),
      value: 100 - percent(Math.min(row.devicesOut, fleet), fleet),
    }));
    return {
      value: mean(points.map((p) => p.value)),
      basis: rows.length,
      evidence: [],
      trend: monthlyMeans(points),
      breakdown: { devices: fleet },
    };
  },
};

function resolved(rows: readonly IncidentRow[]): { row: IncidentRow; resolvedAt: string }[] {
  return rows.flatMap((row) =>
    row.resolvedAt === null ? [] : [{ row, resolvedAt: row.resolvedAt }],
  );
}

export const meanTimeToResolve: KpiDefinition = {
  id: 'operations.mttrHours',
  category: 'operational',
  label: { fr: 'Temps moyen de résolution', en: 'Mean time to resolve' },
  definition: {
    fr: 'Heures moyennes entre l’ouverture et la résolution des incidents résolus.',
    en: 'Mean hours from opening to resolution of the resolved incidents.',
  },
  unit: 'hours',
  target: null,
  compute(input) {
    const rows = inputsOf(input).incidents;
    if (rows.length === 0) return missing('no-entries', needInput('incidents'));
    const done = resolved(rows);
    if (done.length === 0) return missing('no-entries-in-range', needInput('incidents'));

    const points = done.map(({ row, resolvedAt }) => ({
      month: monthOf(resolvedAt),
      value: hoursBetween(row.openedAt, resolvedAt),
    }));
    return {
      value: mean(points.map((p) => p.value)),
      basis: done.length,
      evidence: [],
      trend: monthlyMeans(points),
      caveats: caveats({ code: 'rows-without-data', count: rows.length - done.length }),
    };
  },
};
