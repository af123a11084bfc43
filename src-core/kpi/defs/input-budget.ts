import { invoiceIndex } from '../invoice-index';
import type { BudgetRow } from '../inputs/schemas';
import { monthOf } from '../inputs/time';
import { inputsOf, missing, needImport, needInput, sum } from '../results';
import type { KpiDefinition, TrendPoint } from '../types';

/** Planned amount per month; several rows for one month add up. */
function plannedByMonth(rows: readonly BudgetRow[]): Map<string, number> {
  const planned = new Map<string, number>();
  for (const row of rows) planned.set(row.month, (planned.get(row.month) ?? 0) + row.planned);
  return planned;
}

function variance(actual: number, planned: number): number {
  return (actual / planned - 1) * 100;
}

export const budgetVariance: KpiDefinition = {
  id: 'cost.budgetVariance',
  category: 'financial',
  label: { fr: 'Écart au budget télécom', en: 'Telecom budget variance' },
  definition: {
    fr: 'Écart entre le facturé et le budget prévu, cumulé depuis janvier.',
    en: 'Gap between the invoiced spend and the planned budget, year to date.',
  },
  unit: 'percent-change',
  target: { direction: 'at-most', value: 0, amberLimit: 5, source: 'fleetaudit' },
  compute(input) {
    const rows = inputsOf(input).budget;
    if (rows.length === 0) return missing('no-entries', needInput('budget'));
    if (input.invoices.length === 0) {
      return missing('no-invoices', needImport('invoices', 'period', 'totalExVat'));
    }

    const planned = plannedByMonth(rows);
    const actual = invoiceIndex(input.invoices).totals;
    const lastMonth = monthOf(input.referenceDate);
    const months = [...planned.keys()]
      .filter((month) => month <= lastMonth && actual.has(month) && (planned.get(month) ?? 0) > 0)
      .sort();
    const latest = months.at(-1);
    if (latest === undefined) return missing('no-entries-in-range', needInput('budget'));

    // Year to date: the budgeted and billed months of the latest such month's calendar year.
    const ytd = months.filter((month) => month.slice(0, 4) === latest.slice(0, 4));
    const plannedYtd = sum(ytd.map((month) => planned.get(month) ?? 0));
    const actualYtd = sum(ytd.map((month) => actual.get(month) ?? 0));
    const trend: TrendPoint[] = months.map((period) => ({
      period,
      value: variance(actual.get(period) ?? 0, planned.get(period) ?? 1),
    }));

    return {
      value: variance(actualYtd, plannedYtd),
      basis: ytd.length,
      evidence: [],
      trend,
      breakdown: { plannedYtd, actualYtd, gapYtd: actualYtd - plannedYtd },
    };
  },
};
