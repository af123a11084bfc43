import type { Table } from '../../types';
import type { SourceDefinition } from '../source-definition';
import { cellReader, perLineMonth } from './line-month';
import { LINE_MONTH_FIELDS, perLineBill } from './line-month-source';
import type { LineMonthAddend, LineMonthShares, LineMonthSlot } from './line-month';
import { serviceMonthOf } from '../service-month';

type Cell = (name: string) => string;

// The per-line summary columns of a wireless-number record; when a line has one, its itemised
// charge records only detail it and are not added again.
const SUMMARY_COLUMNS = [
  'Monthly Service',
  'Usage Charges',
  'Credits Adj & Other Charges',
  'Non-Comm Related Charges',
  'Government Fees & Taxes',
  'Total Charge',
];
const SECTIONS = [1, 2, 3, 4, 5, 6, 7].map((level) => `Section_${level}`);

// Where an itemised charge goes, by its section path (`Monthly Charges > …`), first match.
const ITEM_SLOTS: [RegExp, LineMonthSlot][] = [
  [/^monthly.*(feature|option|add-on)/i, 'options'],
  [/^monthly/i, 'planCharge'],
  [/^usage|roaming|international/i, 'outOfPlan'],
  [/equipment|credit|adjust|other charge/i, 'oneOff'],
];

const filled = (text: string): boolean => text !== '' && text !== '-';

/**
 * AT&T Premier "raw data output": one pipe-delimited table of record types. `Section ID`
 * (BIL, IRA, SL) and `Billing Entity Level` (FAN, BAN) say which columns a row fills; only the
 * SL records of a wireless number are per line. The others (invoice headers, remittance,
 * account-level equipment and balances) are counted as skipped rows, never billed to a line.
 */
export const attRawData: SourceDefinition = {
  ...perLineBill('US'),
  source: 'att-raw-data',
  minHits: 6,
  signature: [
    ['Section ID'],
    ['Billing Entity Level'],
    ['Foundation Account Number'],
    ['Billing Account Number'],
    ['Wireless Number'],
    ['Period End Date'],
    ['FAN Invoice Number'],
    ['Section_1'],
    ['Section_2'],
    ['MSG/KB/MB Used'],
    ['Equipment Item Description'],
  ],
  fields: LINE_MONTH_FIELDS,
  adapt: (table) => perLineMonth(table, attShare(table)),
};

function attShare(table: Table): (row: string[]) => LineMonthShares {
  const reader = cellReader(table);
  const summarised = new Set<string>();
  // The month each line's plan covers, read from its itemised monthly charge (`Period`).
  const planMonth = new Map<string, string>();

  for (const row of table.rows) {
    const cell = reader(row);
    if (SUMMARY_COLUMNS.some((name) => filled(cell(name)))) summarised.add(lineKey(cell));
    const service = serviceOf(cell);
    if (service && itemSlot(cell) === 'planCharge') planMonth.set(lineKey(cell), service);
  }

  return (row) => {
    const cell = reader(row);
    const line = cell('Wireless Number');
    if (cell('Section ID') !== 'SL' || !filled(line)) return null;

    const share = {
      line,
      period: cell('Period End Date'),
      user: cell('User Name'),
      account: cell('Billing Account Number'),
    };
    if (!summarised.has(lineKey(cell))) {
      return { ...share, service: serviceOf(cell), add: [...itemCharges(cell), ...usage(cell)] };
    }

    const plan = planMonth.get(lineKey(cell));
    const { rest, ahead } = summaryCharges(cell, plan !== undefined);
    const billed = { ...share, add: [...rest, ...usage(cell)] };
    return ahead.length > 0 ? [billed, { ...share, service: plan, add: ahead }] : billed;
  };
}

// An itemised charge's own service range (`02/17/24 - 03/16/24`, month first): its month.
function serviceOf(cell: Cell): string | null {
  const period = cell('Period');
  return filled(period) ? serviceMonthOf(period, 'mdy') : null;
}

function lineKey(cell: Cell): string {
  const line = cell('Wireless Number').replace(/[\s().-]/g, '');
  return `${line}\u0000${cell('Period End Date').slice(0, 6)}`;
}

// Taxes and government fees are in `Total Charge`; the model wants amounts before them. When
// the plan is billed ahead, its `Monthly Service` goes to the month it covers (`ahead`).
function summaryCharges(
  cell: Cell,
  planAhead: boolean,
): { rest: LineMonthAddend[]; ahead: LineMonthAddend[] } {
  if (!SUMMARY_COLUMNS.some((name) => filled(cell(name)))) return { rest: [], ahead: [] };

  const plan = cell('Monthly Service');
  const rest: LineMonthAddend[] = [
    { slot: 'outOfPlan', text: cell('Usage Charges') },
    { slot: 'oneOff', text: cell('Credits Adj & Other Charges') },
    { slot: 'oneOff', text: cell('Non-Comm Related Charges') },
    { slot: 'totalExVat', text: cell('Total Charge') },
    { slot: 'totalExVat', text: cell('Government Fees & Taxes'), factor: -1 },
  ];
  if (!planAhead) return { rest: [{ slot: 'planCharge', text: plan }, ...rest], ahead: [] };

  rest.push({ slot: 'totalExVat', text: plan, factor: -1 });
  const ahead: LineMonthAddend[] = [
    { slot: 'planCharge', text: plan },
    { slot: 'totalExVat', text: plan },
  ];
  return { rest, ahead };
}

function itemSlot(cell: Cell): LineMonthSlot | undefined {
  const path = SECTIONS.map(cell).filter(filled).join(' > ');
  return ITEM_SLOTS.find(([pattern]) => pattern.test(path))?.[1];
}

// An itemised charge goes where its section path says. A path FleetAudit cannot place is kept
// as the amount's text, so the line's month is rejected with the path named, never guessed.
function itemCharges(cell: Cell): LineMonthAddend[] {
  const amount = cell('Amount');
  if (!filled(amount)) return [];

  const path = SECTIONS.map(cell).filter(filled).join(' > ');
  if (/tax|government|surcharge/i.test(path)) return [];

  const slot = itemSlot(cell);
  if (!slot) return [{ slot: 'totalExVat', text: `${path}: ${amount}` }];

  return [
    { slot, text: amount },
    { slot: 'totalExVat', text: amount },
  ];
}

// `MSG/KB/MB Used` holds messages, KB or MB: the section path names which.
function usage(cell: Cell): LineMonthAddend[] {
  const added: LineMonthAddend[] = [{ slot: 'voiceMin', text: cell('Minutes Used') }];
  const used = cell('MSG/KB/MB Used');
  if (!filled(used)) return added;

  const path = SECTIONS.map(cell).join(' ');
  if (/\bmb\b|megabyte/i.test(path)) added.push({ slot: 'dataMb', text: used });
  else if (/\bkb\b|kilobyte|data/i.test(path)) {
    added.push({ slot: 'dataMb', text: used, factor: 1 / 1024 });
  } else if (/msg|messag|text|sms|mms/i.test(path)) added.push({ slot: 'sms', text: used });
  else added.push({ slot: 'dataMb', text: `${path.trim()}: ${used}` });

  return added;
}
