// Governance: each user population gets an ownership model, a security profile with its
// restrictions and a list of allowed device models; checked against the inventory so the
// consultant sees how far today's fleet is from the policy. One record per population (kind
// `method-population`).
import { z } from 'zod';

import type { Device } from '@core/model/device';

import { text } from './fields';
import { waveDevices } from './waves';

export const POLICY_OWNERSHIPS = ['COBO', 'COPE', 'BYOD'] as const;
export type PolicyOwnership = (typeof POLICY_OWNERSHIPS)[number];

export const SECURITY_PROFILES = ['standard', 'advanced', 'high'] as const;
export type SecurityProfile = (typeof SECURITY_PROFILES)[number];

export const RESTRICTIONS = [
  'passcode',
  'encryption',
  'min-os',
  'store-apps-only',
  'no-sideloading',
  'work-profile',
  'always-on-vpn',
  'no-copy-paste-out',
  'no-usb-transfer',
  'no-camera',
] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

/** Each profile adds to the one below: what a population gets unless the consultant edits. */
export const PROFILE_RESTRICTIONS: Record<SecurityProfile, Restriction[]> = {
  standard: ['passcode', 'encryption', 'min-os'],
  advanced: [
    'passcode',
    'encryption',
    'min-os',
    'store-apps-only',
    'no-sideloading',
    'work-profile',
  ],
  high: [
    'passcode',
    'encryption',
    'min-os',
    'store-apps-only',
    'no-sideloading',
    'work-profile',
    'always-on-vpn',
    'no-copy-paste-out',
    'no-usb-transfer',
  ],
};

const populationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).catch('—'),
  /** Departments the population stands for; empty means it is not tied to the inventory. */
  departments: z.array(z.string()).catch([]),
  ownership: z.enum(POLICY_OWNERSHIPS).catch('COBO'),
  profile: z.enum(SECURITY_PROFILES).catch('standard'),
  restrictions: z
    .array(z.string())
    .catch([])
    .transform((values) => values.filter((v): v is Restriction => isRestriction(v))),
  allowedModels: z.array(z.string()).catch([]),
  notes: text,
});

export type Population = z.infer<typeof populationSchema>;

function isRestriction(value: string): value is Restriction {
  return (RESTRICTIONS as readonly string[]).includes(value);
}

/** Normalises a stored population; throws only when it has no id. */
export function restorePopulation(raw: unknown): Population {
  return populationSchema.parse(raw);
}

export interface PopulationFit {
  covered: number;
  /** Devices whose model is not on the allowed list (0 when the list is empty). */
  offList: number;
  /** Devices whose recorded ownership differs from the population's model. */
  otherOwnership: number;
}

/** How the population's devices in the inventory compare with its policy. */
export function populationFit(devices: readonly Device[], population: Population): PopulationFit {
  const covered = waveDevices(devices, {
    departments: population.departments,
    sites: [],
    platforms: [],
    deviceKeys: [],
  });
  const allowed = new Set(population.allowedModels);
  return {
    covered: covered.length,
    offList:
      allowed.size === 0 ? 0 : covered.filter((d) => !d.model || !allowed.has(d.model)).length,
    otherOwnership: covered.filter(
      (d) => d.ownership !== 'unknown' && d.ownership !== population.ownership,
    ).length,
  };
}
