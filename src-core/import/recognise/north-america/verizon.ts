import type { SourceDefinition } from '../source-definition';
import { withoutRows, withSumColumn } from './derive';

/** The column FleetAudit adds to Verizon's per-line summary: charges before taxes. */
export const VERIZON_TOTAL_BEFORE_TAXES = 'Total Charges before taxes';

// Verizon's "raw data download", Account & Wireless Summary: one TAB-separated row per line and
// bill cycle, behind an empty first column. Its first row is the account's own, with N/A in the
// line's fields. Usage comes three times (KB, MB, GB): the GB column is read, never the sum.
export const verizonWireless: SourceDefinition = {
  source: 'verizon-wireless',
  dataset: 'invoices',
  alsoBuilds: ['lines'],
  minHits: 5,
  region: 'US',
  decimal: '.',
  currency: 'USD',
  signature: [
    ['ECPD Profile ID'],
    ['Bill Cycle Date'],
    ['Wireless Number'],
    ['Your Calling Plan'],
    ['Usage and Purchase Charges'],
    ['Voice Plan Usage'],
    ['Messaging Usage'],
    ['Data Usage (GB)'],
    ['Data Roaming (GB)'],
  ],
  fields: {
    lineNumber: ['Wireless Number'],
    number: ['Wireless Number'],
    period: ['Bill Cycle Date'],
    plan: ['Your Calling Plan'],
    planCharge: ['Monthly Charges'],
    outOfPlan: ['Usage and Purchase Charges'],
    oneOff: ['Equipment Charges'],
    totalExVat: [VERIZON_TOTAL_BEFORE_TAXES],
    voiceMin: ['Voice Plan Usage'],
    sms: ['Messaging Usage'],
    dataMb: ['Data Usage (GB)'],
    accountNumber: ['Account Number'],
    userName: ['User Name'],
    costCenter: ['Cost Center'],
  },
  fallback: {},
  unitsMb: { dataMb: 1024 },
  adapt: (table) =>
    withSumColumn(
      withoutRows(table, (cell) => cell('Your Calling Plan') === 'N/A'),
      VERIZON_TOTAL_BEFORE_TAXES,
      {
        plus: ['Total Charges'],
        minus: ['Taxes, Governmental Surcharges and Fees'],
      },
    ),
};
