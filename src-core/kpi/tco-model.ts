import { billedPeriods, invoiceIndex } from './billing';
import { caveats, mean, missing, needImport, sum } from './results';
import type { KpiCaveat, KpiComputation, KpiInput, TrendPoint } from './types';

// The fleet's monthly cost of ownership, shared by the per-device and per-user TCO.

export interface FleetCost {
  /** Total monthly cost of the fleet. */
  monthly: number;
  /** Monthly cost per device of each component. */
  perDevice: Record<'acquisition' | 'support' | 'mdm' | 'staff' | 'endOfLife' | 'telecom', number>;
  /** Monthly fleet cost per billing month, when invoices are there. */
  trend?: TrendPoint[];
  caveats?: KpiCaveat[];
}

interface Telecom {
  monthly: number;
  byPeriod?: TrendPoint[];
  /** Lines whose plan price stood in for missing invoices; 0 when invoices were used. */
  planLines: number;
}

/** Average monthly invoiced spend, else the plan prices of lines that are not terminated. */
function telecomCost(input: KpiInput): Telecom | null {
  const periods = billedPeriods(input.invoices, input.referenceDate).slice(
    -input.settings.costWindowMonths,
  );

  if (periods.length > 0) {
    const { totals: byMonth } = invoiceIndex(input.invoices);
    const totals = periods.map((period) => ({ period, value: byMonth.get(period) ?? 0 }));
    return { monthly: mean(totals.map((t) => t.value)), byPeriod: totals, planLines: 0 };
  }

  const priced = input.lines.filter((l) => l.status !== 'terminated' && l.planPrice !== null);
  if (priced.length === 0) return null;
  return { monthly: sum(priced.map((l) => l.planPrice ?? 0)), planLines: priced.length };
}

// The per-device and per-user TCO of one computation share the same fleet cost.
const computed = new WeakMap<KpiInput, FleetCost | KpiComputation>();

/** The fleet's monthly TCO, or the missing result that explains why it cannot be had. */
export function fleetCost(input: KpiInput): FleetCost | KpiComputation {
  const known = computed.get(input);
  if (known) return known;

  const cost = computeFleetCost(input);
  computed.set(input, cost);
  return cost;
}

function computeFleetCost(input: KpiInput): FleetCost | KpiComputation {
  const { devices, settings } = input;
  if (devices.length === 0) return missing('no-devices', needImport('devices'));

  // Summed in fleet order, as adding up the list of prices would.
  let priced = 0;
  let paid = 0;
  for (const { purchasePrice } of devices) {
    if (purchasePrice === null || purchasePrice <= 0) continue;
    priced += 1;
    paid += purchasePrice;
  }
  if (priced === 0) {
    return missing('no-purchase-prices', needImport('devices', 'purchasePrice'));
  }

  const telecom = telecomCost(input);
  if (!telecom) return missing('no-invoices', needImport('invoices', 'totalExVat'));

  // A device without a price is assumed to cost what the priced ones cost on average.
  const count = devices.length;
  const lifetime = settings.deviceLifetimeMonths;
  const priceTotal = paid + (count - priced) * (paid / priced);
  const perDevice = {
    acquisition: priceTotal / lifetime / count,
    support: settings.supportCostPerDeviceMonth,
    mdm: settings.mdmLicencePerDeviceMonth,
    staff: settings.staffHoursPerDeviceMonth * settings.staffHourlyCost,
    endOfLife: settings.endOfLifeCostPerDevice / lifetime,
    telecom: telecom.monthly / count,
  };

  const fixed = (sum(Object.values(perDevice)) - perDevice.telecom) * count;
  const trend = telecom.byPeriod?.map((p) => ({ period: p.period, value: fixed + p.value }));

  return {
    monthly: fixed + telecom.monthly,
    perDevice,
    trend,
    caveats: caveats(
      { code: 'price-imputed', count: count - priced },
      { code: 'telecom-from-plan-prices', count: telecom.planLines },
    ),
  };
}

/** Whether `fleetCost` produced a cost rather than a missing result. */
export function isFleetCost(value: FleetCost | KpiComputation): value is FleetCost {
  return 'monthly' in value;
}
