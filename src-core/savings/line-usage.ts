import { byLine, lastPeriods, lineMonths } from '@core/kpi/billing';
import type { LineMonth } from '@core/kpi/billing';

import type { SavingsInput } from './types';

type Usage = 'dataMb' | 'voiceMin' | 'sms';

/** What one line did over the usage window, month by month and at its peak (95th percentile). */
export interface LineUsage {
  lineNumber: string;
  /** In period order; may be the invoice index's shared list: read it, never write to it. */
  months: readonly LineMonth[];
  peakDataMb: number;
  peakVoiceMin: number;
  peakSms: number;
  meanDataMb: number;
  meanOutOfPlan: number;
  meanPlanCharge: number;
  unused: boolean;
}

/**
 * The lines billed in every month of the usage window, as the KPIs judge them: a line billed in
 * part of it is new or ended and would look idle or light for the wrong reason. Empty when
 * fewer months are billed than the window holds.
 */
export function usageOverWindow(input: SavingsInput): LineUsage[] {
  const count = input.settings.usageWindowMonths;
  const periods = lastPeriods(input.invoices, input.referenceDate, count);
  if (periods.length < count) return [];

  const ranks = periodRanks(periods);
  const judged: LineUsage[] = [];
  byLine(lineMonths(input.invoices, periods)).forEach((months, lineNumber) => {
    if (months.length === count) judged.push(describe(lineNumber, months, count, ranks));
  });
  return judged;
}

/**
 * Each period's place in `localeCompare` order (equal places for periods that compare equal):
 * comparing places is comparing the periods, without a collation per pair of months.
 */
function periodRanks(periods: readonly string[]): Map<string, number> {
  const sorted = [...periods].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  sorted.forEach((period, at) => {
    const previous = sorted[at - 1];
    const same = at > 0 && previous.localeCompare(period) === 0;
    ranks.set(period, same ? (ranks.get(previous) ?? at) : at);
  });
  return ranks;
}

function describe(
  lineNumber: string,
  months: readonly LineMonth[],
  count: number,
  ranks: ReadonlyMap<string, number>,
): LineUsage {
  // One pass over a line's months: 20,000 lines would otherwise make a closure, a copy and a
  // sort for each of their figures.
  let dataMb = 0;
  let outOfPlan = 0;
  let planCharge = 0;
  let unused = true;
  let topDataMb = months[0].dataMb;
  let topVoiceMin = months[0].voiceMin;
  let topSms = months[0].sms;
  for (const m of months) {
    dataMb += m.dataMb;
    outOfPlan += m.outOfPlan;
    planCharge += m.planCharge;
    if (m.dataMb + m.voiceMin + m.sms !== 0) unused = false;
    if (m.dataMb > topDataMb) topDataMb = m.dataMb;
    if (m.voiceMin > topVoiceMin) topVoiceMin = m.voiceMin;
    if (m.sms > topSms) topSms = m.sms;
  }

  // The 95th percentile by nearest rank: the peak month over up to 19 months; over longer
  // windows the top 5% of months are left aside, so one exceptional month does not set the plan.
  const rank = Math.ceil(0.95 * months.length) - 1;
  const atTop = rank === months.length - 1;

  return {
    lineNumber,
    months: inPeriodOrder(months, ranks),
    peakDataMb: atTop ? topDataMb : ranked(months, 'dataMb', rank),
    peakVoiceMin: atTop ? topVoiceMin : ranked(months, 'voiceMin', rank),
    peakSms: atTop ? topSms : ranked(months, 'sms', rank),
    meanDataMb: dataMb / count,
    meanOutOfPlan: outOfPlan / count,
    meanPlanCharge: planCharge / count,
    unused,
  };
}

/** The value of a field at `rank` once sorted up. */
function ranked(months: readonly LineMonth[], field: Usage, rank: number): number {
  return months.map((m) => m[field]).sort((x, y) => x - y)[rank];
}

/**
 * The months in period order. The rows nearly always name a line's months in that order: the
 * shared list itself is then kept (nothing here writes to it), else a sorted copy.
 */
function inPeriodOrder(
  months: readonly LineMonth[],
  ranks: ReadonlyMap<string, number>,
): readonly LineMonth[] {
  const place = (month: LineMonth): number => ranks.get(month.period) ?? 0;
  for (let i = 1; i < months.length; i++) {
    if (place(months[i - 1]) > place(months[i])) {
      return [...months].sort((a, b) => place(a) - place(b));
    }
  }
  return months;
}

/** Keys of the invoice line-months behind a line's figures. */
export function evidenceOf(usage: LineUsage): string[] {
  return usage.months.map((m) => `${m.lineNumber}|${m.period}`);
}
