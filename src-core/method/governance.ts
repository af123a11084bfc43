// Governance: each user population gets an ownership model, a security profile with its
// restrictions and a list of allowed device models; checked against the inventory so the
// consultant sees how far today's fleet is from the policy. Conditional access, the work-data
// container and the monitoring statement complete it. One record per population (kind
// `method-population`).
import { z } from 'zod';

import type { Device } from '@core/model/device';

import { text } from './fields';
import { accessSchema, defaultAccess, defaultContainerisation } from './mobility-policy';
import { defaultMonitoring, isMonitorItem } from './monitoring';
import type { MonitorItem } from './monitoring';
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

const monitorItems = z
  .array(z.string())
  .transform((values) => values.filter((v): v is MonitorItem => isMonitorItem(v)));

// Fields added after the first release are optional here: a record stored before them gets
// the defaults of its profile and ownership in the transform below.
const storedSchema = z.object({
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
  access: accessSchema.optional().catch(undefined),
  containerisation: z.boolean().optional().catch(undefined),
  monitoring: z
    .object({ monitored: monitorItems, notMonitored: monitorItems })
    .optional()
    .catch(undefined),
  /** The consultant's own wording; null means the app's paragraph, in the reader's language. */
  statement: z.string().nullable().catch(null),
});

const populationSchema = storedSchema.transform((stored) => ({
  ...stored,
  access: stored.access ?? defaultAccess(stored.profile),
  containerisation:
    stored.containerisation ?? defaultContainerisation(stored.profile, stored.ownership),
  monitoring: stored.monitoring ?? defaultMonitoring(stored.ownership),
}));

export type Population = z.output<typeof populationSchema>;

function isRestriction(value: string): value is Restriction {
  return (RESTRICTIONS as readonly string[]).includes(value);
}

/** Normalises a stored population; throws only when it has no id. */
export function restorePopulation(raw: unknown): Population {
  return populationSchema.parse(raw);
}

export type PolicyWarning = 'byod-without-container' | 'byod-empty-statement';

/** What the consultant should fix before the policy can be handed to the client. */
export function policyWarnings(population: Population): PolicyWarning[] {
  if (population.ownership !== 'BYOD') return [];
  const warnings: PolicyWarning[] = [];
  // Without a container a wipe or an app inventory would reach the employee's own data.
  if (!population.containerisation) warnings.push('byod-without-container');
  const edited = population.statement;
  if (edited !== null && edited.trim() === '') warnings.push('byod-empty-statement');
  return warnings;
}

/** The policy parts that follow the profile, for when the consultant picks another one. */
export function profileDefaults(
  profile: SecurityProfile,
  ownership: PolicyOwnership,
): Pick<Population, 'profile' | 'restrictions' | 'access' | 'containerisation'> {
  return {
    profile,
    restrictions: [...PROFILE_RESTRICTIONS[profile]],
    access: defaultAccess(profile),
    containerisation: defaultContainerisation(profile, ownership),
  };
}

/** The policy parts that follow the ownership model, for when the consultant changes it. */
export function ownershipDefaults(
  population: Population,
  ownership: PolicyOwnership,
): Pick<Population, 'ownership' | 'containerisation' | 'monitoring'> {
  return {
    ownership,
    // Moving to BYOD turns the container on; leaving BYOD keeps the consultant's choice.
    containerisation: ownership === 'BYOD' || population.containerisation,
    monitoring: defaultMonitoring(ownership),
  };
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
