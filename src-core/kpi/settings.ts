import { z } from 'zod';

import { OS_TRACKS } from '@core/reference/os-catalogue';

import { restoreTargetOverrides } from './targets';

// Inputs of the KPIs that no import provides. The defaults are shown to the consultant, who
// replaces them with the client's figures; money is per device and excludes VAT.

export const PROFILE_FIELDS = ['department', 'costCenter', 'plan'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

const positive = (fallback: number) => z.number().finite().positive().catch(fallback);
const nonNegative = (fallback: number) => z.number().finite().nonnegative().catch(fallback);
const wholeMonths = (fallback: number) => z.number().int().min(1).max(120).catch(fallback);

export const kpiSettingsSchema = z.object({
  /** Months a device is kept before renewal; spreads its price and end-of-life cost. */
  deviceLifetimeMonths: wholeMonths(36),
  /** Support (helpdesk, repairs, spares) per device per month. */
  supportCostPerDeviceMonth: nonNegative(8),
  /** MDM/EMM licence per device per month. */
  mdmLicencePerDeviceMonth: nonNegative(4),
  /** Fleet-management staff time per device per month, in hours. */
  staffHoursPerDeviceMonth: nonNegative(0.25),
  /** Loaded hourly cost of that staff time. */
  staffHourlyCost: nonNegative(45),
  /** Wipe, collection, recycling or resale handling per device at end of life. */
  endOfLifeCostPerDevice: nonNegative(20),
  /** Billed months averaged for costs (TCO, cost per line, spend trend). */
  costWindowMonths: wholeMonths(12),
  /** Latest billed months looked at for usage (under-used, out-of-plan share, data use). */
  usageWindowMonths: wholeMonths(3),
  /** Latest billed months a line must be billed in, and idle in all, to count as unused. */
  unusedWindowMonths: wholeMonths(2),
  /** A line using less than this share of its data allowance is under-used, in percent. */
  underUseThresholdPct: positive(20),
  /** A security patch older than this many days counts as not patched. */
  patchMaxAgeDays: positive(90),
  /** A device whose last check-in is more than this many days old is stale. */
  staleAfterDays: positive(30),
  /** A device not seen by the MDM for more than this many days is a ghost. */
  ghostAfterDays: positive(90),
  /** Devices bought more than this many years ago count as old. */
  oldDeviceYears: z.number().int().min(1).max(20).catch(3),
  /** Days a new OS release is given before devices not on it count as outdated. */
  osUpgradeGraceDays: nonNegative(90),
  /** Days without any fix after which an older OS with no announced end is unsupported. */
  staleFixDays: positive(180),
  /** Windows edition assumed when the inventory does not give it. */
  windowsTrack: z.enum(OS_TRACKS).catch('consumer'),
  /** Line field that defines a usage profile. */
  profileField: z.enum(PROFILE_FIELDS).catch('department'),
  /** The engagement's own KPI targets, by KPI id; the others keep their defaults. */
  targets: z.unknown().optional().transform(restoreTargetOverrides),
});

export type KpiSettings = z.infer<typeof kpiSettingsSchema>;

/** Fills every missing or invalid setting with its default. */
export function restoreKpiSettings(raw: unknown): KpiSettings {
  const record = typeof raw === 'object' && raw !== null ? raw : {};
  return kpiSettingsSchema.parse(record);
}

/** The defaults, for display next to the editable values. */
export const KPI_SETTING_DEFAULTS: KpiSettings = restoreKpiSettings({});
