// What each vendor costs over the contract, from its licence price and one-off costs.
//
// Year y (1 ≤ y ≤ years) pays the licences at the price raised y - 1 times:
//   licences_y = units × monthlyPrice × 12 × (1 + increase/100)^(y - 1)
// where units is the fleet's device count for per-device offers and its user count for
// per-user offers. Setup, training and migration are paid once, in year 1.
//   total = Σ_y licences_y + setup + training + migration

import type { FleetSize, VendorCost } from './cost-input';
import type { VendorId } from './ids';

/** The contract length a steering committee usually compares on. */
export const DEFAULT_COST_YEARS = 3;

/** Totals within half a cent are the same price. */
const CENT_TOLERANCE = 0.005;

export interface YearCost {
  year: number;
  licences: number;
  oneOff: number;
  total: number;
}

export interface VendorCostView {
  vendorId: VendorId;
  /** Devices or users paid for, depending on the offer's licence basis. */
  units: number;
  years: YearCost[];
  oneOff: number;
  total: number;
  /** total / (devices × 12 × years): what one managed device costs a month; null with none. */
  perDevicePerMonth: number | null;
  /** 1 for the cheapest; equal totals share a rank. */
  costRank: number;
}

/** The multi-year cost of each vendor's offer, with the cheapest ranked first. */
export function costView(
  fleet: FleetSize,
  costs: readonly VendorCost[],
  years = DEFAULT_COST_YEARS,
): VendorCostView[] {
  const views = costs.map((cost) => vendorCostView(fleet, cost, years));

  const totals = views.map((v) => v.total);
  return views.map((view) => ({
    ...view,
    costRank: 1 + totals.filter((t) => t < view.total - CENT_TOLERANCE).length,
  }));
}

function vendorCostView(
  fleet: FleetSize,
  cost: VendorCost,
  years: number,
): Omit<VendorCostView, 'costRank'> {
  const units = cost.basis === 'device' ? fleet.devices : fleet.users;
  const oneOff = cost.setup + cost.training + cost.migration;
  const growth = 1 + cost.yearlyIncreasePercent / 100;

  const yearCosts = Array.from({ length: years }, (_, i) => {
    const licences = units * cost.monthlyPrice * 12 * growth ** i;
    const firstYearOneOff = i === 0 ? oneOff : 0;
    return { year: i + 1, licences, oneOff: firstYearOneOff, total: licences + firstYearOneOff };
  });

  const total = yearCosts.reduce((sum, y) => sum + y.total, 0);
  const deviceMonths = fleet.devices * 12 * years;
  const perDevicePerMonth = deviceMonths > 0 ? total / deviceMonths : null;

  return { vendorId: cost.vendorId, units, years: yearCosts, oneOff, total, perDevicePerMonth };
}
