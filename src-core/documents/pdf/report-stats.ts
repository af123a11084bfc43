// The bill tallies several sections print, each computed at most once per document: the
// summary and the telecom section both read a year of bills month by month.
import { spendByMonth, spendByOperator } from '../fleet-stats';
import type { MonthSpend, Tally } from '../fleet-stats';
import type { ReportData } from '../report-data';

export interface ReportStats {
  /** Each billed month's charges by type, oldest first. */
  months(): MonthSpend[];
  /** Total billed per operator, largest first; `unknown` names rows with no operator. */
  operators(unknown: string): Tally[];
}

/** Tallies of this report's data, computed on first use and then kept. */
export function reportStats(data: ReportData): ReportStats {
  let months: MonthSpend[] | undefined;
  const operators = new Map<string, Tally[]>();

  return {
    months: () => (months ??= spendByMonth(data.invoices)),
    operators(unknown) {
      const kept = operators.get(unknown) ?? spendByOperator(data.invoices, unknown);
      operators.set(unknown, kept);
      return kept;
    },
  };
}
