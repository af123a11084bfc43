import type { SourceDefinition } from '../source-definition';
import { withSumColumn } from './derive';

/** The columns FleetAudit adds to Bell's MOB file, computed from the charge columns. */
export const BELL_COMPUTED = {
  totalBeforeTaxes: 'Total before taxes',
  usageCharges: 'Usage charges',
} as const;

// Taxes are split by province; `Ttl Charges` includes them, the model wants amounts before tax.
const BELL_TAXES = [
  'GST',
  'HST',
  'HST-PEI Tel',
  'HST-ON Tel',
  'HST-BC Tel',
  'ORST',
  'QST - Telec',
  'QST - Other',
  'P.E.I. PST',
  'BC PST',
  'Sask',
  'Manitoba',
  'Foreign tax',
];

const BELL_USAGE_CHARGES = [
  'Airtime Chg',
  'Data Chg',
  'Roamer Chg',
  'Roamer LD',
  'LD Chg',
  'Txt Msg Amt',
  'Pkt Dat Amt',
  'Rm datachrg',
];

// Bell's MOB file: one row per mobile and invoice, an English then a French header row, cells
// padded to fixed widths (trimmed on reading). Durations are mmm:ss, data in MB.
export const bellMobile: SourceDefinition = {
  source: 'bell-mobile',
  dataset: 'invoices',
  alsoBuilds: ['lines'],
  minHits: 4,
  region: 'CA',
  decimal: '.',
  currency: 'CAD',
  signature: [
    ['Acct Nbr', 'Num compte'],
    ['Invc Date', 'Date fact'],
    ['Mobile Nbr'],
    ['Mth Chg Ttl', 'Tot fr mens'],
    ['Ftr Chg Ttl'],
    ['Air Dur', 'Durtemps'],
    ['Ttl Charges', 'Tot fr cour'],
    ['PktDtVol', 'Vol TP'],
    ['Txt Msg', 'MessTxt'],
  ],
  fields: {
    lineNumber: ['Mobile Nbr'],
    number: ['Mobile Nbr'],
    period: ['Invc Date'],
    planCharge: ['Mth Chg Ttl'],
    options: ['Ftr Chg Ttl'],
    outOfPlan: [BELL_COMPUTED.usageCharges],
    oneOff: ['Other Chgs'],
    totalExVat: [BELL_COMPUTED.totalBeforeTaxes],
    voiceMin: ['Air Dur'],
    dataMb: ['PktDtVol'],
    sms: ['Txt Msg'],
    accountNumber: ['Acct Nbr'],
    userName: ['Surname'],
    department: ['Category'],
  },
  fallback: {},
  adapt: (table) =>
    withSumColumn(
      withSumColumn(table, BELL_COMPUTED.totalBeforeTaxes, {
        plus: ['Ttl Charges'],
        minus: BELL_TAXES,
      }),
      BELL_COMPUTED.usageCharges,
      { plus: BELL_USAGE_CHARGES },
    ),
};
