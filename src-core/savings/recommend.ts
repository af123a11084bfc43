import type { Line } from '@core/model/line';

import { contractLevers } from './contract-levers';
import { pastLifetime, unmanagedDevices } from './device-savings';
import { costWindow } from './line-charges';
import { evidenceOf, usageOverWindow } from './line-usage';
import type { LineUsage } from './line-usage';
import { contractOffers, covers } from './plan-offers';
import { consolidations } from './several-lines';
import type {
  PlanOffer,
  SavingFacts,
  SavingKind,
  SavingRecommendation,
  SavingsInput,
} from './types';

// Three ways a line costs more than it should: nobody uses it (terminate), it uses a fraction
// of its plan (downgrade), or it overflows its plan every month (upgrade). A line gets at most
// one recommendation, so accepting several never counts the same money twice; the kinds beyond
// one line (several-lines.ts, device-savings.ts, contract-levers.ts) respect that too.

/** A recurring overflow is out-of-plan charges in at least this many months of the window. */
export const RECURRING_OVERFLOW_MONTHS = 2;

/**
 * Every recommendation the rows prove, largest yearly amount first: each line's own, then a
 * person's extra lines, the unmanaged and aged devices, and the contract levers on all of them.
 */
export function recommendSavings(input: SavingsInput): SavingRecommendation[] {
  const found = lineSavings(input);
  // Lines already recommended are left to their recommendation: no euro is counted twice.
  const taken = new Set(found.map((saving) => saving.lineNumber));
  const window = costWindow(input);

  const several = consolidations(window, input.devices ?? [], taken);
  for (const saving of several) for (const n of saving.detail?.terminatedLines ?? []) taken.add(n);
  const devices = unmanagedDevices(input, window, taken);
  found.push(...several, ...devices.found, ...pastLifetime(input, devices.retired));
  found.push(...contractLevers(input, window, found));

  return found.sort(
    (a, b) =>
      b.yearly - a.yearly || a.lineNumber.localeCompare(b.lineNumber) || a.id.localeCompare(b.id),
  );
}

/** Each line's own recommendation: terminate, downgrade or upgrade. */
function lineSavings(input: SavingsInput): SavingRecommendation[] {
  const inventory = new Map<string, Line>();
  for (const line of input.lines) inventory.set(line.number, line);
  const offers = contractOffers(input.plans ?? [], input.lines);
  const found: SavingRecommendation[] = [];

  for (const usage of usageOverWindow(input)) {
    const line = inventory.get(usage.lineNumber);
    const recommendation = usage.unused
      ? terminate(usage, line)
      : (downgrade(usage, line, offers, input.settings.underUseThresholdPct) ??
        upgrade(usage, line, offers));
    if (recommendation) found.push(recommendation);
  }
  return found;
}

function terminate(usage: LineUsage, line: Line | undefined): SavingRecommendation | null {
  const fromInventory = line?.planPrice ?? null;
  const price = fromInventory ?? usage.meanPlanCharge;
  if (price <= 0) return null;

  const facts = factsOf(usage, line, price, null);
  facts.priceSource = fromInventory === null ? 'invoices' : 'inventory';
  return build('terminate', usage, line, price, facts);
}

function downgrade(
  usage: LineUsage,
  line: Line | undefined,
  offers: Map<string, PlanOffer[]>,
  thresholdPct: number,
): SavingRecommendation | null {
  const allowance = line?.dataAllowanceMb ?? 0;
  if (!line || line.planPrice === null || allowance <= 0) return null;
  if (usage.meanDataMb >= (thresholdPct / 100) * allowance) return null;

  const price = line.planPrice;
  const target = cheapestCovering(usage, line, offers, price);
  if (!target) return null;

  const facts = factsOf(usage, line, price, target);
  return build('downgrade', usage, line, price - target.price, facts);
}

function upgrade(
  usage: LineUsage,
  line: Line | undefined,
  offers: Map<string, PlanOffer[]>,
): SavingRecommendation | null {
  if (!line || line.planPrice === null) return null;

  let overflowing = 0;
  for (const m of usage.months) if (m.outOfPlan > 0 && exceeds(line, m)) overflowing += 1;
  if (overflowing < RECURRING_OVERFLOW_MONTHS) return null;

  const paid = line.planPrice + usage.meanOutOfPlan;
  const target = cheapestCovering(usage, line, offers, paid);
  if (!target) return null;

  const facts = factsOf(usage, line, line.planPrice, target);
  return build('upgrade', usage, line, paid - target.price, facts);
}

/** Whether a month went beyond the line's allowances, so the overage came from the plan. */
function exceeds(line: Line, month: { dataMb: number; voiceMin: number }): boolean {
  const data = line.dataAllowanceMb !== null && month.dataMb > line.dataAllowanceMb;
  const voice = line.voiceAllowanceMin !== null && month.voiceMin > line.voiceAllowanceMin;
  return data || voice;
}

/**
 * The cheapest offer under `limit` that takes the line's peak month, other than its own plan.
 * Offers come cheapest first; among equal prices the larger allowance leaves more headroom (the
 * first of equals wins). One pass, as this runs for thousands of lines.
 */
function cheapestCovering(
  usage: LineUsage,
  line: Line,
  offers: Map<string, PlanOffer[]>,
  limit: number,
): PlanOffer | null {
  let cheapest: PlanOffer | null = null;
  let best: PlanOffer | null = null;
  for (const offer of offers.get(line.operator ?? '') ?? []) {
    if (offer.name === line.plan || !(offer.price < limit)) continue;
    if (!covers(offer, usage.peakDataMb, usage.peakVoiceMin, usage.peakSms)) continue;

    if (!cheapest || !best) {
      cheapest = offer;
      best = offer;
    } else if (offer.price === cheapest.price && headroom(offer) > headroom(best)) {
      best = offer;
    }
  }
  return best;
}

function headroom(offer: PlanOffer): number {
  return offer.dataMb ?? Number.POSITIVE_INFINITY;
}

function factsOf(
  usage: LineUsage,
  line: Line | undefined,
  currentPrice: number,
  target: PlanOffer | null,
): SavingFacts {
  return {
    months: usage.months.length,
    currentPlan: line?.plan ?? null,
    currentPrice,
    priceSource: 'inventory',
    targetPlan: target?.name ?? null,
    targetPrice: target?.price ?? null,
    targetSource: target?.source ?? null,
    peakDataMb: usage.peakDataMb,
    peakVoiceMin: usage.peakVoiceMin,
    meanDataMb: usage.meanDataMb,
    meanOutOfPlan: usage.meanOutOfPlan,
  };
}

function build(
  kind: SavingKind,
  usage: LineUsage,
  line: Line | undefined,
  monthly: number,
  facts: SavingFacts,
): SavingRecommendation {
  const rounded = Math.round(monthly * 100) / 100;
  return {
    id: `${kind}:${usage.lineNumber}:${facts.targetPlan ?? ''}`,
    kind,
    lineNumber: usage.lineNumber,
    operator: line?.operator ?? null,
    monthly: rounded,
    yearly: Math.round(rounded * 12 * 100) / 100,
    facts,
    evidence: evidenceOf(usage),
  };
}
