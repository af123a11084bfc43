// Questions the imported data can answer point to a hint; the KPI engine computes it later.

/**
 * Each hint suggests an answer from the data. What it will measure:
 * - inventory-complete: share of devices with serial, model, OS and user all filled in;
 * - ghost-devices-counted: devices on record but absent from the MDM or silent for long;
 * - devices-managed: share of inventoried devices enrolled in the MDM/EMM;
 * - security-policies-applied: compliance rate against the minimum security policies;
 * - non-compliant-detected: non-compliant devices flagged (and blocked) by the MDM;
 * - security-updates-timely: share of devices patched within 15 days of a release;
 * - idle-lines-identified: lines unused for two months or using under 20% of their plan;
 * - plans-fit-usage: lines whose plan matches their actual consumption;
 * - fleet-age-known: average device age and share older than three years;
 * - tco-known: monthly total cost of ownership per user.
 */
export const DATA_HINT_IDS = [
  'inventory-complete',
  'ghost-devices-counted',
  'devices-managed',
  'security-policies-applied',
  'non-compliant-detected',
  'security-updates-timely',
  'idle-lines-identified',
  'plans-fit-usage',
  'fleet-age-known',
  'tco-known',
] as const;

export type DataHintId = (typeof DATA_HINT_IDS)[number];

/** Whether a string names a known data hint. */
export function isDataHintId(value: unknown): value is DataHintId {
  return typeof value === 'string' && (DATA_HINT_IDS as readonly string[]).includes(value);
}
