import type { Table } from '../../types';
import type { SourceDefinition } from '../source-definition';
import { cellReader, LINE_MONTH_HEADER, perLineMonth } from './line-month';
import type { LineMonthShares } from './line-month';

/** Durations as minutes and seconds (`7:00`, `3120:00`) in minutes; other text is kept. */
export function minutesText(text: string): string {
  const match = /^(\d+):(\d{2})$/.exec(text.trim());
  return match ? String(Number(match[1]) + Number(match[2]) / 60) : text;
}

const [line, user, account, period, plan, planCharge, options, outOfPlan, oneOff, total] =
  LINE_MONTH_HEADER;

/** How the columns of the `perLineMonth` table feed invoices and lines. */
export const LINE_MONTH_FIELDS = {
  lineNumber: [line],
  number: [line],
  period: [period],
  plan: [plan],
  planCharge: [planCharge],
  options: [options],
  outOfPlan: [outOfPlan],
  oneOff: [oneOff],
  totalExVat: [total],
  voiceMin: [LINE_MONTH_HEADER[10]],
  sms: [LINE_MONTH_HEADER[11]],
  dataMb: [LINE_MONTH_HEADER[12]],
  billingPeriod: [LINE_MONTH_HEADER[13]],
  userName: [user],
  accountNumber: [account],
};

/** An `adapt` step that sums a table per line and month, its rows read by header name. */
export function perLineMonthBy(
  share: (cell: (name: string) => string) => LineMonthShares,
): (table: Table) => Table {
  return (table) => {
    const reader = cellReader(table);
    return perLineMonth(table, (row) => share(reader(row)));
  };
}

/** What a North American per-line bill declares: invoices that also list the lines. */
export function perLineBill(
  country: 'US' | 'CA',
): Pick<
  SourceDefinition,
  'dataset' | 'alsoBuilds' | 'region' | 'decimal' | 'currency' | 'fallback'
> {
  return {
    dataset: 'invoices',
    alsoBuilds: ['lines'],
    region: country,
    decimal: '.',
    currency: country === 'US' ? 'USD' : 'CAD',
    fallback: {},
  };
}
