// The bill tallies several sections print, each computed at most once per document. The months
// come with the report data (the dashboard counted them); operators are summed here.
import { spendByOperator } from '../fleet-stats';
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
  const operators = new Map<string, Tally[]>();

  return {
    months: () => data.overview.months,
    operators(unknown) {
      const kept = operators.get(unknown) ?? spendByOperator(data.invoices, unknown);
      operators.set(unknown, kept);
      return kept;
    },
  };
}
