import type { LineMonthAddend, LineMonthShare, LineMonthSlot } from './line-month';
import { minutesText } from './line-month-source';
import { serviceMonthOf } from '../service-month';

/** Reads a row's cells by the names of the sub-table header in force. */
export type Columns = (row: string[]) => (name: string) => string;

/** A reader for the rows under a sub-table header row of a report-style file. */
export function columnsOf(header: string[]): Columns {
  const at = new Map(header.map((name, column) => [name, column]));
  return (row) => (name) => {
    const column = at.get(name);
    return column === undefined ? '' : (row[column] ?? '');
  };
}

// What Telus reports keep above and between subscriber blocks.
interface Block {
  period: string;
  line: string;
  user: string;
}

// Rows every Telus report shares: the invoice date of the preamble and each block's `C:` line.
function followBlock(block: Block, row: string[]): boolean {
  if (row[0] === 'Invoice Date:') block.period = row[1] ?? '';
  else if (row[0] === 'C:') Object.assign(block, { line: row[1] ?? '', user: '' });
  else if (row[0] === 'Subscriber Name:') block.user = row[1] ?? '';
  else return false;
  return true;
}

const share = (block: Block, add: LineMonthAddend[], plan?: string): LineMonthShare => ({
  line: block.line,
  period: block.period,
  user: block.user,
  plan,
  add,
});

// The per-line "CURRENT CHARGES" summary: taxes and its own total are left out, since the
// model's total is before tax and is the sum of the charges.
const CURRENT_CHARGES: Record<string, LineMonthSlot> = {
  'Monthly Service Plan': 'planCharge',
  'Additional Local Airtime': 'outOfPlan',
  'Long Distance Charges': 'outOfPlan',
  'Roaming Charges': 'outOfPlan',
  'Do More Data Services': 'outOfPlan',
  'Do More Voice Services': 'outOfPlan',
  'Pager Services': 'outOfPlan',
  'Value-Added Services': 'options',
  'Other Charges and Credits': 'oneOff',
  'Other Fees': 'oneOff',
};
const TAX_OR_TOTAL = /tax|^gst|^hst|^pst|^qst|^total current charges/i;
const SECTION = /^[A-Z][A-Z\s&/-]+$/;

// Section titles are capitals, alone or with a date range; a capital label with an amount
// (`GST  $0.25`) is a charge.
const isSection = (row: string[]): boolean => SECTION.test(row[0]) && !(row[1] ?? '').includes('$');

// The month each block's plan covers: "MONTHLY SERVICE PLAN" comes with its range (Telus bills
// the plan ahead) after the "CURRENT CHARGES" that hold its amount, hence a first pass.
function planMonths(rows: readonly string[][]): Map<string, string> {
  const block: Block = { period: '', line: '', user: '' };
  const months = new Map<string, string>();

  for (const row of rows) {
    if (followBlock(block, row) || row[0] !== 'MONTHLY SERVICE PLAN') continue;
    const month = serviceMonthOf(row[1] ?? '');
    if (block.line && month) months.set(blockKey(block), month);
  }
  return months;
}

const blockKey = (block: Block): string => `${block.line}\u0000${block.period}`;

/**
 * Individual Detail: per subscriber block, the "CURRENT CHARGES" amounts and the plan named in
 * "MONTHLY SERVICE PLAN", whose range gives the month the plan charge covers. A charge label it
 * does not know rejects the line's month, named.
 */
export function individualDetailShare(
  rows: readonly string[][],
): (row: string[]) => LineMonthShare | null {
  const block: Block = { period: '', line: '', user: '' };
  const planMonth = planMonths(rows);
  let section = '';

  return (row) => {
    if (followBlock(block, row)) {
      section = '';
      return null;
    }
    if (isSection(row)) section = row[0];
    if (!block.line || isSection(row)) return null;

    const [label, amount = ''] = row;
    if (section === 'MONTHLY SERVICE PLAN' && /\(.+ to .+\)$/.test(label)) {
      return share(block, [], label.replace(/\s*\([^()]+ to [^()]+\)$/, ''));
    }
    if (section !== 'CURRENT CHARGES' || TAX_OR_TOTAL.test(label)) return null;

    const slot = CURRENT_CHARGES[label];
    if (!slot) return share(block, [{ slot: 'totalExVat', text: `${label}: ${amount}` }]);
    const charge = share(block, [
      { slot, text: amount },
      { slot: 'totalExVat', text: amount },
    ]);
    return slot === 'planCharge' ? { ...charge, service: planMonth.get(blockKey(block)) } : charge;
  };
}

/**
 * Airtime Detail: per subscriber block, sub-tables of calls (Phone, Roaming, Video…), each under
 * its own header row. A call adds its length in minutes and its `Total`; the `Tax` column holds
 * a province flag (`H`), not an amount.
 */
export function airtimeDetailShare(): (row: string[]) => LineMonthShare | null {
  const block: Block = { period: '', line: '', user: '' };
  let columns: Columns | null = null;

  return (row) => {
    if (followBlock(block, row)) {
      columns = null;
      return null;
    }
    if (row.includes('Total') && (row[0] === 'Call' || row[0] === 'Date')) {
      columns = columnsOf(row);
      return null;
    }
    const isEvent = /^\d+$/.test(row[0]) || /^\d{1,2}-[A-Za-z]{3}$/.test(row[0]);
    if (!block.line || !columns || !isEvent) return null;

    const cell = columns(row);
    const add: LineMonthAddend[] = [
      { slot: 'outOfPlan', text: cell('Total') },
      { slot: 'totalExVat', text: cell('Total') },
    ];
    if (cell('Call Length') !== '') {
      add.push({ slot: 'voiceMin', text: minutesText(cell('Call Length')) });
    }
    return share(block, add);
  };
}
