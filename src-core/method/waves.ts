// A rollout wave: who it covers (by department, site and platform, or an explicit device list),
// when, how many devices, and what was recorded as it ran. Stored one record per wave
// (kind `method-wave`).
import { z } from 'zod';

import type { Device } from '@core/model/device';

import { lenientArray, optionalDay, text } from './fields';

const names = z.array(z.string()).catch([]);

const populationSchema = z.object({
  departments: names,
  sites: names,
  platforms: names,
  /** When not empty, the wave is exactly these device keys and the other filters are ignored. */
  deviceKeys: names,
});

const count = z.number().int().nonnegative().catch(0);

const entrySchema = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Devices enrolled since the previous entry. */
  enrolled: count,
  failed: count,
  incidents: count,
  /** Mean user rating over the period, 1–5; null when not surveyed. */
  satisfaction: z.number().min(1).max(5).nullable().catch(null),
});

const waveSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).catch('—'),
  order: z.number().int().catch(0),
  population: populationSchema.catch({ departments: [], sites: [], platforms: [], deviceKeys: [] }),
  plannedStart: optionalDay,
  plannedEnd: optionalDay,
  targetCount: z.number().int().nonnegative().nullable().catch(null),
  entries: lenientArray(entrySchema),
  notes: text,
});

export type WavePopulation = z.infer<typeof populationSchema>;
export type WaveEntry = z.infer<typeof entrySchema>;
export type Wave = z.infer<typeof waveSchema>;

/** Normalises a stored wave; throws only when it has no id. */
export function restoreWave(raw: unknown): Wave {
  return waveSchema.parse(raw);
}

/** True when the population names nobody: such a wave covers no device, not the whole fleet. */
export function isEmptyPopulation(population: WavePopulation): boolean {
  return Object.values(population).every((values) => values.length === 0);
}

/** Whether a device belongs to the population: any listed value within a field, every field. */
export function inPopulation(device: Device, population: WavePopulation): boolean {
  if (population.deviceKeys.length > 0) return population.deviceKeys.includes(device.key);
  if (isEmptyPopulation(population)) return false;

  const matches = (values: string[], value: string | null) =>
    values.length === 0 || (value !== null && values.includes(value));
  return (
    matches(population.departments, device.department) &&
    matches(population.sites, device.site) &&
    matches(population.platforms, device.platform)
  );
}

/** The inventory's devices a wave covers. */
export function waveDevices(devices: readonly Device[], population: WavePopulation): Device[] {
  if (population.deviceKeys.length > 0) {
    const keys = new Set(population.deviceKeys);
    return devices.filter((device) => keys.has(device.key));
  }
  return devices.filter((device) => inPopulation(device, population));
}

/** Totals of what a wave recorded; satisfaction is the mean of the surveyed periods. */
export function waveTotals(wave: Wave) {
  const sum = (pick: (entry: WaveEntry) => number) =>
    wave.entries.reduce((total, entry) => total + pick(entry), 0);
  const rated = wave.entries.flatMap((e) => (e.satisfaction === null ? [] : [e.satisfaction]));
  return {
    enrolled: sum((e) => e.enrolled),
    failed: sum((e) => e.failed),
    incidents: sum((e) => e.incidents),
    satisfaction: rated.length === 0 ? null : rated.reduce((a, b) => a + b, 0) / rated.length,
  };
}

/** Distinct non-empty values of a device field, sorted, for the population pickers. */
export function distinctValues(
  devices: readonly Device[],
  field: 'department' | 'site' | 'model',
): string[] {
  const values = new Set<string>();
  for (const device of devices) {
    const value = device[field];
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}
