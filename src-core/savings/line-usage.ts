import { byLine, lastPeriods, lineMonths } from '@core/kpi/billing';
import type { LineMonth } from '@core/kpi/billing';

import type { SavingsInput } from './types';

/** What one line did over the usage window, month by month and at its peak (95th percentile). */
export interface LineUsage {
  lineNumber: string;
  months: LineMonth[];
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

  const judged = [...byLine(lineMonths(input.invoices, periods))].filter(
    ([, months]) => months.length === count,
  );
  return judged.map(([lineNumber, months]) => describe(lineNumber, months, count));
}

function describe(lineNumber: string, months: LineMonth[], count: number): LineUsage {
  const total = (pick: (m: LineMonth) => number): number =>
    months.reduce((sum, m) => sum + pick(m), 0);
  // The 95th percentile by nearest rank: the peak month over up to 19 months; over longer
  // windows the top 5% of months are left aside, so one exceptional month does not set the plan.
  const peak = (pick: (m: LineMonth) => number): number => {
    const sorted = months.map(pick).sort((x, y) => x - y);
    return sorted[Math.ceil(0.95 * sorted.length) - 1];
  };

  return {
    lineNumber,
    months: [...months].sort((a, b) => a.period.localeCompare(b.period)),
    peakDataMb: peak((m) => m.dataMb),
    peakVoiceMin: peak((m) => m.voiceMin),
    peakSms: peak((m) => m.sms),
    meanDataMb: total((m) => m.dataMb) / count,
    meanOutOfPlan: total((m) => m.outOfPlan) / count,
    meanPlanCharge: total((m) => m.planCharge) / count,
    unused: months.every((m) => m.dataMb + m.voiceMin + m.sms === 0),
  };
}

/** Keys of the invoice line-months behind a line's figures. */
export function evidenceOf(usage: LineUsage): string[] {
  return usage.months.map((m) => `${m.lineNumber}|${m.period}`);
}
