import { serviceMonthOf } from '../service-month';
import type { SourceDefinition } from '../source-definition';
import { BELL_COMPUTED } from './bell';
import { withoutRows, withSumColumn } from './derive';
import { LINE_MONTH_FIELDS, perLineBill, perLineMonthBy } from './line-month-source';
import type { LineMonthSlot } from './line-month';

// Bell's portal reports: one XLSX sheet each, header on row 1, dates as Excel serials (read as
// ISO text), a line per mobile number. Columns vary by account (a column per roaming zone or
// per feature code), so each report is known by the columns it always has.
const portal = perLineBill('CA');
const LINE_COLUMNS = [['Invoice date'], ['Mobile number'], ['Account number'], ['ESN/IMEI']];
const ONE_OFF = 'One-off charges';
const DATA_MB = 'Data MB, domestic and roaming';

// Cost overview ends with formatted empty rows: a row without a number is not a line.
const noNumber = (cell: (name: string) => string): boolean => cell('Mobile number') === '';

/** Cost overview: per line and invoice, charges by kind, taxes by province and the total. */
export const bellCostOverview: SourceDefinition = {
  ...portal,
  source: 'bell-cost-overview',
  minHits: 6,
  signature: [
    ...LINE_COLUMNS,
    ['Rate plan charges'],
    ['Feature charges'],
    ['Total usage'],
    ['Total taxes'],
    ['Total invoice'],
    ['Total roaming charges'],
  ],
  fields: {
    lineNumber: ['Mobile number'],
    number: ['Mobile number'],
    period: ['Invoice date'],
    planCharge: ['Rate plan charges'],
    options: ['Feature charges'],
    outOfPlan: ['Total usage'],
    oneOff: [ONE_OFF],
    totalExVat: [BELL_COMPUTED.totalBeforeTaxes],
    accountNumber: ['Account number'],
    userName: ['User last name'],
    department: ['Category'],
    imei: ['ESN/IMEI'],
    activationDate: ['Activation date'],
  },
  adapt: (table) =>
    withSumColumn(
      withSumColumn(withoutRows(table, noNumber), BELL_COMPUTED.totalBeforeTaxes, {
        plus: ['Total invoice'],
        minus: ['Total taxes'],
      }),
      ONE_OFF,
      { plus: ['Other charges and credits', 'Current adjustments'] },
    ),
};

/** Usage overview: per line and invoice, minutes, texts and MB, with no charge at all. */
export const bellUsageOverview: SourceDefinition = {
  ...portal,
  source: 'bell-usage-overview',
  minHits: 6,
  signature: [
    ...LINE_COLUMNS,
    ['Total airtime minutes'],
    ['Total text'],
    ['Total domestic data MB'],
    ['Total incoming minutes'],
    ['411 count'],
  ],
  fields: {
    lineNumber: ['Mobile number'],
    number: ['Mobile number'],
    period: ['Invoice date'],
    voiceMin: ['Total airtime minutes'],
    sms: ['Total text'],
    dataMb: [DATA_MB],
    accountNumber: ['Account number'],
    userName: ['User last name'],
    imei: ['ESN/IMEI'],
  },
  adapt: (table) =>
    withSumColumn(withoutRows(table, noNumber), DATA_MB, {
      plus: ['Total domestic data MB', 'USA data roaming MB', 'International data usage MB'],
    }),
};

// Where an itemised charge goes, by its `Charge type`. Bell lists the rate plan in the Cost
// overview; here monthly charges are read as options, and an unknown type rejects the month.
const CHARGE_TYPES: [RegExp, LineMonthSlot][] = [
  [/monthly|recurring/i, 'options'],
  [/usage|airtime|roam|long distance/i, 'outOfPlan'],
  [/one.?time|activation|hardware|equipment|adjust|credit/i, 'oneOff'],
];

/**
 * Invoice charge report: one row per charge, with its discount and taxes apart, and the range
 * it covers (`From`, `To`): usage billed a month late lands in the month it was used.
 */
export const bellInvoiceCharges: SourceDefinition = {
  ...portal,
  source: 'bell-invoice-charges',
  minHits: 6,
  signature: [
    ...LINE_COLUMNS,
    ['Charge type'],
    ['Charge name'],
    ['Charge amount'],
    ['ADJ/Discount'],
    ['Charge taxes'],
  ],
  fields: LINE_MONTH_FIELDS,
  adapt: perLineMonthBy((cell) => {
    if (cell('Mobile number') === '') return null;

    const amount = cell('Total before taxes');
    const type = cell('Charge type');
    const slot = CHARGE_TYPES.find(([pattern]) => pattern.test(type))?.[1];
    return {
      line: cell('Mobile number'),
      period: cell('Invoice date'),
      service: serviceMonthOf(`${cell('From')} - ${cell('To')}`),
      user: cell('User last name'),
      account: cell('Account number'),
      add: slot
        ? [
            { slot, text: amount },
            { slot: 'totalExVat', text: amount },
          ]
        : [{ slot: 'totalExVat', text: `${type}: ${amount}` }],
    };
  }),
};

const lineFields = {
  number: ['Mobile number'],
  accountNumber: ['Account number'],
  userName: ['User last name'],
  department: ['Category'],
  status: ['Status'],
  activationDate: ['Activation date'],
  imei: ['ESN/IMEI'],
};

/** Enhanced User profile: per line, its rate plan, allowances and device credits. */
export const bellUserProfile: SourceDefinition = {
  ...portal,
  source: 'bell-user-profile',
  dataset: 'lines',
  alsoBuilds: [],
  minHits: 6,
  signature: [
    ...LINE_COLUMNS,
    ['Rate plan code'],
    ['Rate plan name'],
    ['Included MB'],
    ['Device credit balance'],
    ['Hardware upgrade eligibility date'],
  ],
  fields: {
    ...lineFields,
    plan: ['Rate plan name'],
    planPrice: ['Rate plan charges'],
    dataAllowanceMb: ['Included MB'],
    voiceAllowanceMin: ['Included minutes'],
  },
  adapt: (table) => withoutRows(table, noNumber),
};

/** Hardware report: per line, the device Bell knows (model, IMEI, SIM, upgrade date). */
export const bellHardware: SourceDefinition = {
  ...portal,
  source: 'bell-hardware',
  dataset: 'lines',
  alsoBuilds: [],
  minHits: 6,
  signature: [
    ...LINE_COLUMNS,
    ['SIM number'],
    ['Model code'],
    ['Hardware upgrade eligibility date'],
    ['Report Date'],
  ],
  fields: lineFields,
  adapt: (table) => withoutRows(table, noNumber),
};
