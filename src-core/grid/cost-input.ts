// What the consultant types in to compare the cost of each vendor over the contract.

import { z } from 'zod';

import type { VendorId } from './ids';

const amount = z.number().finite().min(0).catch(0);

/** How many devices and users the licences must cover. */
export const fleetSizeSchema = z.object({
  devices: z.number().int().min(0).catch(0),
  users: z.number().int().min(0).catch(0),
});

export type FleetSize = z.infer<typeof fleetSizeSchema>;

export const LICENCE_BASES = ['device', 'user'] as const;
export type LicenceBasis = (typeof LICENCE_BASES)[number];

/** A vendor's offer: a monthly licence price per device or per user, and one-off costs. */
export const vendorCostSchema = z.object({
  vendorId: z.string().min(1),
  basis: z.enum(LICENCE_BASES).catch('device'),
  monthlyPrice: amount,
  setup: amount,
  training: amount,
  migration: amount,
  /** Yearly price rise in percent applied from the second year on; 0 for a fixed price. */
  yearlyIncreasePercent: z.number().finite().min(0).catch(0),
});

export interface VendorCost extends Omit<z.infer<typeof vendorCostSchema>, 'vendorId'> {
  vendorId: VendorId;
}
