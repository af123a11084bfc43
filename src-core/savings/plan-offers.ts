import type { Line } from '@core/model/line';
import type { Plan } from '@core/model/plan';

import type { PlanOffer } from './types';

// Where a line can move: the contract's plan catalogue when the consultant imported one for its
// operator, at the contract price; otherwise the plans the client's own lines already show with
// that operator, at the price most of them pay. A catalogue is the whole contract: plans seen on
// lines but missing from it may no longer be sold, so they are not mixed in.

/** Key of one operator's plan. */
export function offerKey(operator: string, plan: string): string {
  return `${operator}|${plan}`;
}

/** Each operator's offers, cheapest first: its catalogue plans, else the plans on its lines. */
export function contractOffers(
  plans: readonly Plan[],
  lines: readonly Line[],
): Map<string, PlanOffer[]> {
  const offers = planOffers(lines);

  for (const [operator, catalogue] of catalogueOffers(plans)) offers.set(operator, catalogue);
  return offers;
}

/** The catalogue's plans per operator, cheapest first. */
export function catalogueOffers(plans: readonly Plan[]): Map<string, PlanOffer[]> {
  const byOperator = new Map<string, PlanOffer[]>();

  for (const plan of plans) {
    const offer: PlanOffer = {
      operator: plan.operator,
      name: plan.plan,
      price: plan.planPrice,
      dataMb: plan.dataAllowanceMb,
      voiceMin: plan.voiceAllowanceMin,
      sms: plan.smsAllowance,
      source: 'catalogue',
    };
    byOperator.set(plan.operator, [...(byOperator.get(plan.operator) ?? []), offer]);
  }
  return sortedByPrice(byOperator);
}

/** The plans of each operator seen in the inventory, cheapest first. */
export function planOffers(lines: readonly Line[]): Map<string, PlanOffer[]> {
  const seen = new Map<string, { line: Line; prices: number[] }>();

  for (const line of lines) {
    if (!line.operator || !line.plan || line.planPrice === null) continue;
    if (line.dataAllowanceMb === null) continue;

    const key = offerKey(line.operator, line.plan);
    const entry = seen.get(key) ?? { line, prices: [] };
    entry.prices.push(line.planPrice);
    seen.set(key, entry);
  }

  const byOperator = new Map<string, PlanOffer[]>();
  for (const { line, prices } of seen.values()) {
    const operator = line.operator ?? '';
    const offer: PlanOffer = {
      operator,
      name: line.plan ?? '',
      price: usualPrice(prices),
      dataMb: line.dataAllowanceMb ?? 0,
      voiceMin: line.voiceAllowanceMin,
      sms: null,
      source: 'inventory',
    };
    byOperator.set(operator, [...(byOperator.get(operator) ?? []), offer]);
  }
  return sortedByPrice(byOperator);
}

function sortedByPrice(byOperator: Map<string, PlanOffer[]>): Map<string, PlanOffer[]> {
  for (const offers of byOperator.values()) offers.sort((a, b) => a.price - b.price);
  return byOperator;
}

/** The price most lines pay for a plan; the lowest of equally common ones. */
export function usualPrice(prices: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const price of prices) counts.set(price, (counts.get(price) ?? 0) + 1);

  let best = prices[0];
  for (const [price, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && price < best)) best = price;
  }
  return best;
}

/** Whether a plan's allowances take a month of this much data, voice and SMS. */
export function covers(offer: PlanOffer, dataMb: number, voiceMin: number, sms: number): boolean {
  if (offer.dataMb !== null && dataMb > offer.dataMb) return false;
  if (offer.sms !== null && sms > offer.sms) return false;
  if (offer.voiceMin === null) return true;
  // A data-only SIM (no minutes) cannot take calls or texts at all.
  if (offer.voiceMin === 0) return voiceMin === 0 && sms === 0;
  return voiceMin <= offer.voiceMin;
}
