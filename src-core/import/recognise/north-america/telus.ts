import type { SourceDefinition, SourceId } from '../source-definition';
import { cellReader, perLineMonth } from './line-month';
import { LINE_MONTH_FIELDS, minutesText, perLineBill } from './line-month-source';
import type { LineMonthAddend } from './line-month';
import { airtimeDetailShare, columnsOf, individualDetailShare } from './telus-blocks';
import type { Columns } from './telus-blocks';

// Telus reports are report-style TAB text: an address block, a `REPORT - …` title, then
// subscriber blocks or one table. The title names the report whatever header the reader picked.
const telus = (source: SourceId, title: RegExp): SourceDefinition => ({
  ...perLineBill('CA'),
  source,
  title,
  signature: [],
  minHits: 1,
  fields: LINE_MONTH_FIELDS,
});

// Account-level reports: known, so that they are named, but they build nothing.
const notPerLine = { dataset: null, alsoBuilds: [], fields: {} };

/** Individual Detail: one block per line with its plan and current charges. */
export const telusIndividualDetail: SourceDefinition = {
  ...telus('telus-individual-detail', /^REPORT - INDIVIDUAL DETAILS?$/),
  adapt: (table) => perLineMonth(table, individualDetailShare(table.rows)),
};

/** Airtime Detail: one block per line with its calls, summed per line and invoice. */
export const telusAirtimeDetail: SourceDefinition = {
  ...telus('telus-airtime-detail', /^REPORT - AIRTIME DETAILS?$/),
  adapt: (table) => perLineMonth(table, airtimeDetailShare()),
};

/** Account Detail: the whole account's usage and charges, with no line of its own. */
export const telusAccountDetail: SourceDefinition = {
  ...telus('telus-account-detail', /^REPORT - ACCOUNT DETAILS?$/),
  ...notPerLine,
};

/** Mobility Invoice Summary: the account's totals by charge category. */
export const telusInvoiceSummary: SourceDefinition = {
  ...telus('telus-invoice-summary', /^REPORT - MOBILITY INVOICE SUMMARY$/),
  ...notPerLine,
};

const DEW_CHARGES = ['Phone', 'Online'].flatMap((kind) =>
  ['Daytime', 'Evening', 'Weekend'].map((part) => `${kind} ${part} Charges`),
);
const DEW_MINUTES = ['Daytime', 'Evening', 'Weekend'].map((part) => `Phone ${part} Usage`);

/**
 * Daytime, Evening and Weekend report: one row per line with its plan and usage by time of day.
 * The sample names no invoice date: its month then comes from the import options, or the row
 * is refused.
 */
export const telusDew: SourceDefinition = {
  ...telus('telus-dew', /^REPORT - DAYTIME, EVENING AND WEEKEND CHARGES$/),
  adapt: (table) => {
    let columns: Columns | null = null;
    const period = invoiceDate();
    return perLineMonth(table, (row) => {
      period.follow(row);
      if (row[0] === 'Name' && row[1] === 'Unit Number') columns = columnsOf(row);
      const cell = columns?.(row);
      if (!cell || !/\d/.test(cell('Unit Number'))) return null;

      const add: LineMonthAddend[] = [
        { slot: 'planCharge', text: cell('Service Plan Price') },
        { slot: 'totalExVat', text: cell('Service Plan Price') },
        ...DEW_CHARGES.flatMap((name) => [
          { slot: 'outOfPlan' as const, text: cell(name) },
          { slot: 'totalExVat' as const, text: cell(name) },
        ]),
        ...DEW_MINUTES.map((name) => ({
          slot: 'voiceMin' as const,
          text: minutesText(cell(name)),
        })),
      ];
      const line = {
        line: cell('Unit Number'),
        user: cell('Name'),
        plan: cell('Service Plan Name'),
      };
      return { ...line, period: period.value, add };
    });
  },
};

const GROUP_SLOTS: [LineMonthAddend['slot'], string[]][] = [
  ['planCharge', ['Service Plans Pooled', 'Ser. Pl. Not Pooled']],
  [
    'outOfPlan',
    [
      'Additional Local Airtime',
      'Long Distance Charges',
      'Roaming Charges',
      'Do More Data Services',
      'Do More Voice Services',
      'Pager Services',
    ],
  ],
  ['options', ['Value-Added Services']],
  ['oneOff', ['Other Charges And Credits', 'Other Fees']],
];

/**
 * Group Summary: one row per line under group-break and subtotal rows, which are left out. When
 * its invoice date sits above the table header, its month comes from the import options.
 */
export const telusGroupSummary: SourceDefinition = {
  ...telus('telus-group-summary', /^REPORT - GROUP SUMMARY$/),
  minHits: 6,
  signature: [
    ['Sublevel'],
    ['Reference 1'],
    ['Prod. Type'],
    ['Unit Number'],
    ['Service Plan Price'],
    ['Contribution To Pool'],
    ['Ser. Pl. Not Pooled'],
    ['Do More Data Services'],
    ['Subtotal Before GST'],
  ],
  adapt: (table) => {
    // The reader may have taken an address line for the header: the real one is then a row.
    let columns: Columns = cellReader(table);
    const period = invoiceDate();
    return perLineMonth(table, (row) => {
      period.follow(row);
      if (row.includes('Unit Number') && row.includes('Service Plan Price')) {
        columns = columnsOf(row);
      }
      const cell = columns(row);
      if (!/\d/.test(cell('Unit Number'))) return null;

      const add = GROUP_SLOTS.flatMap(([slot, names]) =>
        names.flatMap((name): LineMonthAddend[] => [
          { slot, text: cell(name) },
          { slot: 'totalExVat', text: cell(name) },
        ]),
      );
      const line = {
        line: cell('Unit Number'),
        user: cell('User Name'),
        plan: cell('Service Plan Name'),
      };
      return { ...line, period: period.value, add };
    });
  },
};

// The invoice date of the preamble, when the reader kept it among the rows.
function invoiceDate(): { value: string; follow: (row: string[]) => void } {
  const date = {
    value: '',
    follow: (row: string[]) => {
      if (row[0] === 'Invoice Date:') date.value = row[1] ?? '';
    },
  };
  return date;
}
