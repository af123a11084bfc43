import type { Table } from '../../types';
import type { SourceDefinition } from '../source-definition';
import { cellReader, perLineMonth } from './line-month';
import { LINE_MONTH_FIELDS, perLineBill } from './line-month-source';
import type { LineMonthAddend, LineMonthShare, LineMonthSlot } from './line-month';

// Rogers' Custom report ("Cost Centre Detail - Monthly Charges Breakdown"): two title lines,
// then one pipe-delimited row per line and billing period with a column per kind of fee, a
// `Subtotal` before taxes and the taxes by province. The fee columns depend on what the account
// was billed, so a fee column not listed here rejects its line's month instead of being lost.
const FEES: Record<string, LineMonthSlot> = {
  'Monthly Service Fee': 'planCharge',
  'Data Monthly Service Fee': 'planCharge',
  'Text Messaging Monthly Service Fee': 'planCharge',
  'Shared Minutes Monthly Fee': 'planCharge',
  'Call Display': 'options',
  'Voice Mail': 'options',
  'Essential Value Packs': 'options',
  'Roaming Packages': 'options',
  'Premium Services': 'options',
  'Activation Fee': 'oneOff',
  '911 Fee': 'oneOff',
  'System Access Fee': 'oneOff',
  'System Access Fee Credit': 'oneOff',
  "Gov't Regulatory Recovery Fee": 'oneOff',
  "Gov't Regulatory Recovery Fee Credit": 'oneOff',
  'Equipment Charges': 'oneOff',
  'Early Cancellation Payment': 'oneOff',
  'Temporary Suspension Charge': 'oneOff',
  'Early Upgrade Fee': 'oneOff',
  'Unlocking Charge': 'oneOff',
  'Other Charges': 'oneOff',
  'Credits and Discounts': 'oneOff',
};
// Usage-priced columns: overage, long distance, roaming, texts, data, UMA (Wi-Fi calling), MMS.
const USAGE_FEE = /overage|long distance|\bld\b|roaming|text|data|uma|mms|wifi|directory/i;

/** Rogers Custom report: per line and period, fees by kind and the subtotal before taxes. */
export const rogersCustom: SourceDefinition = {
  ...perLineBill('CA'),
  source: 'rogers-custom',
  minHits: 5,
  signature: [
    ['Billing Period End Date'],
    ['Report Level'],
    ['Billing Account'],
    ['User Number'],
    ['Monthly Service Fee'],
    ['Airtime Overage Charge'],
    ['Subtotal'],
    ['Total Current Charges'],
  ],
  fields: LINE_MONTH_FIELDS,
  adapt: (table) => perLineMonth(table, customShare(table)),
};

function customShare(table: Table): (row: string[]) => LineMonthShare | null {
  const reader = cellReader(table);
  const first = table.header.indexOf('User Name') + 1;
  const last = table.header.indexOf('Subtotal');
  const fees = table.header.slice(first, last > first ? last : first);

  return (row) => {
    const cell = reader(row);
    if (cell('User Number') === '') return null;

    const add: LineMonthAddend[] = [{ slot: 'totalExVat', text: cell('Subtotal') }];
    for (const name of fees.filter((fee) => !/tax/i.test(fee))) {
      add.push(feeAddend(name, cell(name)));
    }
    return {
      line: cell('User Number'),
      period: monthOf(cell('Billing Period End Date')),
      user: cell('User Name'),
      account: cell('Billing Account'),
      add,
    };
  };
}

// Taxes are left out (the model is before tax). A fee column of unknown kind is fine while empty or zero; otherwise it rejects the month.
function feeAddend(name: string, value: string): LineMonthAddend {
  const slot = FEES[name] ?? (USAGE_FEE.test(name) ? 'outOfPlan' : undefined);
  if (slot) return { slot, text: value };
  return { slot: 'oneOff', text: Number(value || 0) === 0 ? '0' : `${name}: ${value}` };
}

// `04202023` (MMDDYYYY) is the end of the billing period, and names its month.
function monthOf(text: string): string {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  return match ? `${match[3]}-${match[1]}` : text;
}
