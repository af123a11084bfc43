import type { SourceDefinition } from '../source-definition';
import { LINE_MONTH_FIELDS, perLineBill, perLineMonthBy } from './line-month-source';
import type { LineMonthAddend, LineMonthShare } from './line-month';

type Cell = (name: string) => string;

// The other three files of Verizon's raw data download share its TAB layout behind an empty
// `ECPD Profile ID` column and date every row by its bill cycle, so usage lands in the bill's
// month even when a call's own date (`07/21`, no year) is in the month before.
const verizonReport = perLineBill('US');

const isLine = (text: string): boolean => text !== '' && !/^n\/?a$/i.test(text);

/** AccountSummary: one row per account and bill, known so that it is not called unknown. */
export const verizonAccountSummary: SourceDefinition = {
  ...verizonReport,
  source: 'verizon-account-summary',
  dataset: null,
  alsoBuilds: [],
  minHits: 6,
  signature: [
    ['ECPD Profile ID'],
    ['Bill Cycle Date'],
    ['Date Due'],
    ['Bill Period'],
    ['Previous Balance'],
    ['Balance Forward'],
    ['Usage Charges - Voice'],
    ['Total Current Charges'],
    ['Total Amount Due'],
    ['Remittance Address'],
  ],
  fields: {},
};

/** Acct & Wireless Charges Detail Summary Usage: per line, one row per allowance or charge. */
export const verizonChargesDetail: SourceDefinition = {
  ...verizonReport,
  source: 'verizon-charges-detail',
  minHits: 6,
  signature: [
    ['ECPD Profile ID'],
    ['Bill Cycle Date'],
    ['Wireless Number'],
    ['Item Category'],
    ['Item Type'],
    ['Item Description'],
    ['Share Description'],
    ['Allowance'],
    ['Billable'],
    ['Usage Period'],
  ],
  fields: LINE_MONTH_FIELDS,
  adapt: perLineMonthBy(chargesDetailShare),
};

// `Used` is in the unit `Item Type` names; a unit FleetAudit does not know rejects the month.
const USED_UNITS: [RegExp, LineMonthAddend['slot'], number][] = [
  [/^gigabytes?$/i, 'dataMb', 1024],
  [/^megabytes?$/i, 'dataMb', 1],
  [/^kilobytes?$/i, 'dataMb', 1 / 1024],
  [/^messages?$/i, 'sms', 1],
  [/^minutes?$/i, 'voiceMin', 1],
];

function chargesDetailShare(cell: Cell): LineMonthShare | null {
  const line = cell('Wireless Number');
  if (!isLine(line)) return null;

  const type = cell('Item Type');
  const unit = USED_UNITS.find(([pattern]) => pattern.test(type));
  const used: LineMonthAddend = unit
    ? { slot: unit[1], text: cell('Used'), factor: unit[2] }
    : { slot: 'dataMb', text: `${type}: ${cell('Used')}` };
  const cost = cell('Cost');

  return {
    ...lineOf(cell, line),
    add: [
      ...(cell('Used') === '' ? [] : [used]),
      { slot: 'outOfPlan', text: cost },
      { slot: 'totalExVat', text: cost },
    ],
  };
}

/** Wireless Usage Detail: one row per call or message, summed per line and bill. */
export const verizonUsageDetail: SourceDefinition = {
  ...verizonReport,
  source: 'verizon-usage-detail',
  minHits: 6,
  signature: [
    ['ECPD Profile ID'],
    ['Bill Cycle Date'],
    ['Wireless Number'],
    ['Usage Category'],
    ['Account Authorization Code'],
    ['Origination'],
    ['Destination'],
    ['Intl. Call Type'],
    ['Min'],
    ['Long Dist./Other Charges'],
  ],
  fields: LINE_MONTH_FIELDS,
  adapt: perLineMonthBy(usageDetailShare),
};

// A voice row's `Min` is whole minutes; a message row is one message. Data sessions are not
// in this file (Verizon lists them apart), so only their charges would be counted.
function usageDetailShare(cell: Cell): LineMonthShare | null {
  const line = cell('Wireless Number');
  if (!isLine(line)) return null;

  const category = cell('Usage Category');
  const total = cell('Total');
  const add: LineMonthAddend[] = [
    { slot: 'outOfPlan', text: total },
    { slot: 'totalExVat', text: total },
  ];
  if (/voice|call/i.test(category)) add.push({ slot: 'voiceMin', text: cell('Min') });
  else if (/messag|text|sms|mms/i.test(category)) add.push({ slot: 'sms', text: '1' });

  return { ...lineOf(cell, line), add };
}

function lineOf(cell: Cell, line: string): Omit<LineMonthShare, 'add'> {
  return {
    line,
    period: cell('Bill Cycle Date'),
    user: cell('User Name'),
    account: cell('Account Number'),
  };
}
