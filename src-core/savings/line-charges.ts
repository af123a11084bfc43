import { byLine, lastPeriods, lineMonths } from '@core/kpi/billing';
import type { LineMonth } from '@core/kpi/billing';
import type { Line } from '@core/model/line';

import type { SavingsInput } from './types';

// What a line costs and how much it is used over the cost window (`costWindowMonths`): the
// figures the kinds beyond one line's plan count in euros, whatever the usage window says.

export interface LineCharges {
  /** The line's months in the cost window, as billed. */
  months: readonly LineMonth[];
  /** Mean of its monthly totals (`totalExVat`) over the months it is billed in. */
  mean: number;
  dataMb: number;
  voiceMin: number;
}

export interface CostWindow {
  periods: string[];
  lines: ReadonlyMap<string, LineCharges>;
  /** The line inventory by number. */
  inventory: ReadonlyMap<string, Line>;
}

/** Each billed line's charges and use over the cost window. */
export function costWindow(input: SavingsInput): CostWindow {
  const periods = lastPeriods(input.invoices, input.referenceDate, input.settings.costWindowMonths);
  const lines = new Map<string, LineCharges>();
  byLine(lineMonths(input.invoices, periods)).forEach((months, number) => {
    let total = 0;
    let dataMb = 0;
    let voiceMin = 0;
    for (const month of months) {
      total += month.totalExVat;
      dataMb += month.dataMb;
      voiceMin += month.voiceMin;
    }
    lines.set(number, { months, mean: total / months.length, dataMb, voiceMin });
  });

  const inventory = new Map<string, Line>();
  for (const line of input.lines) inventory.set(line.number, line);
  return { periods, lines, inventory };
}

/** A line's mean monthly charges; its plan price when it is not billed in the window. */
export function monthlyCharges(window: CostWindow, number: string): number {
  return window.lines.get(number)?.mean ?? window.inventory.get(number)?.planPrice ?? 0;
}

/** Keys `line|period` of a line's months in the cost window. */
export function monthKeys(window: CostWindow, number: string): string[] {
  return (window.lines.get(number)?.months ?? []).map((m) => `${m.lineNumber}|${m.period}`);
}

/** An operator's name without case or surrounding spaces, to match entered and billed names. */
export function operatorKey(name: string | null | undefined): string {
  return (name ?? '').trim().toLowerCase();
}
