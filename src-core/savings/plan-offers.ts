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

interface Seen {
  line: Line;
  prices: number[];
}

/** The plans of each operator seen in the inventory, cheapest first. */
export function planOffers(lines: readonly Line[]): Map<string, PlanOffer[]> {
  const seen: Seen[] = [];
  const index = new Map<string, Map<string, Seen>>();

  for (const line of lines) {
    if (!line.operator || !line.plan || line.planPrice === null) continue;
    if (line.dataAllowanceMb === null) continue;

    // Plans are told apart by offerKey(operator, plan), looked up in two parts: that key cut at
    // its first "|" (the operator itself unless its name holds one), so none is built per line.
    const cut = line.operator.indexOf('|');
    const head = cut < 0 ? line.operator : line.operator.slice(0, cut);
    const tail = cut < 0 ? line.plan : `${line.operator.slice(cut + 1)}|${line.plan}`;
    let plans = index.get(head);
    if (!plans) {
      plans = new Map<string, Seen>();
      index.set(head, plans);
    }

    const entry = plans.get(tail);
    if (entry) {
      entry.prices.push(line.planPrice);
      continue;
    }
    const first = { line, prices: [line.planPrice] };
    plans.set(tail, first);
    seen.push(first);
  }

  const byOperator = new Map<string, PlanOffer[]>();
  for (const { line, prices } of seen) {
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
    const offers = byOperator.get(operator);
    if (offers) offers.push(offer);
    else byOperator.set(operator, [offer]);
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
