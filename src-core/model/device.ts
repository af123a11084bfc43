import { z } from 'zod';

import { deviceOriginSchema } from './device-origin';

export const PLATFORMS = ['ios', 'ipados', 'android', 'windows', 'macos', 'other'] as const;
export type DevicePlatform = (typeof PLATFORMS)[number];

export const OWNERSHIPS = ['COBO', 'COPE', 'BYOD', 'unknown'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const COMPLIANCE_STATES = ['compliant', 'noncompliant', 'grace', 'unknown'] as const;
export type ComplianceState = (typeof COMPLIANCE_STATES)[number];

export const DEVICE_KINDS = ['smartphone', 'tablet', 'laptop', 'desktop', 'other'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

const text = z.string().trim().nullable().catch(null);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .nullable()
  .catch(null);
const amount = z.number().finite().nullable().catch(null);

/** One device as the app understands it, whatever inventory it came from. */
export const deviceSchema = z.object({
  /** Stable key within the engagement: serial, else IMEI, else the MDM's own id. */
  key: z.string().min(1),
  mdmId: text,
  name: text,
  serial: text,
  imei: text,
  phoneNumber: text,
  manufacturer: text,
  model: text,
  kind: z.enum(DEVICE_KINDS).catch('other'),
  platform: z.enum(PLATFORMS).catch('other'),
  osVersion: text,
  /** Android security patch level or the release date of the installed OS build. */
  securityPatch: day,
  ownership: z.enum(OWNERSHIPS).catch('unknown'),
  userName: text,
  userEmail: text,
  department: text,
  site: text,
  purchaseDate: day,
  purchasePrice: amount,
  enrolledAt: day,
  lastCheckIn: day,
  compliance: z.enum(COMPLIANCE_STATES).catch('unknown'),
  managed: z.boolean().catch(false),
  /** Set on merged devices only: which import gave what. */
  origin: deviceOriginSchema.optional().catch(undefined),
});

export type Device = z.infer<typeof deviceSchema>;

/** Normalises one stored or imported device; throws only when it has no key. */
export function restoreDevice(raw: unknown): Device {
  return deviceSchema.parse(raw);
}
