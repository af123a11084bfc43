// The access side of a population's policy: the conditions a device must meet before it
// reaches company data, and whether work data lives in a separate container. Defaults follow
// the security profile; BYOD always gets a container, since the company may not manage the
// rest of a personal phone.
import { z } from 'zod';

import type { PolicyOwnership, SecurityProfile } from './governance';

export const NETWORK_SCOPES = ['any', 'corporate'] as const;
export type NetworkScope = (typeof NETWORK_SCOPES)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Working hours as local "HH:MM" times; `to` may come before `from` for a night shift. */
export const hoursSchema = z.object({ from: time, to: time });
export type AccessHours = z.infer<typeof hoursSchema>;

export const accessSchema = z.object({
  requireCompliance: z.boolean(),
  /** ISO 3166 alpha-2 codes; empty means any country. */
  countries: z
    .array(z.string())
    .catch([])
    .transform((codes) => normaliseCountries(codes)),
  /** Null means no restriction on the time of day. */
  hours: hoursSchema.nullable().catch(null),
  network: z.enum(NETWORK_SCOPES).catch('any'),
});
export type ConditionalAccess = z.infer<typeof accessSchema>;

const OFFICE_HOURS: AccessHours = { from: '07:00', to: '20:00' };

const PROFILE_ACCESS: Record<SecurityProfile, ConditionalAccess> = {
  standard: { requireCompliance: false, countries: [], hours: null, network: 'any' },
  advanced: { requireCompliance: true, countries: [], hours: null, network: 'any' },
  high: { requireCompliance: true, countries: [], hours: OFFICE_HOURS, network: 'corporate' },
};

/** The conditional access a population gets from its security profile until edited. */
export function defaultAccess(profile: SecurityProfile): ConditionalAccess {
  const access = PROFILE_ACCESS[profile];
  return { ...access, countries: [...access.countries] };
}

/** Whether work data is containerised by default: from advanced up, and always for BYOD. */
export function defaultContainerisation(
  profile: SecurityProfile,
  ownership: PolicyOwnership,
): boolean {
  return ownership === 'BYOD' || profile !== 'standard';
}

/** Upper-cases two-letter codes, drops anything else and duplicates, keeps the order. */
export function normaliseCountries(codes: readonly string[]): string[] {
  const valid = codes.map((code) => code.trim().toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c));
  return [...new Set(valid)];
}

/** Reads a typed list such as "FR, be ; ch" into country codes. */
export function parseCountries(input: string): string[] {
  return normaliseCountries(input.split(/[\s,;]+/));
}
