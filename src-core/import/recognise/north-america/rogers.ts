import { USAGE_TYPE_COLUMN } from '../../container/header-sidecar';
import type { SourceDefinition } from '../source-definition';
import { SUMMARY_HEADER, summariseUsage } from './usage-summary';

const [line, user, account, period, voice, sms, data, charges] = SUMMARY_HEADER;

// Rogers' call detail (ALL_CALLS-Voice/SMS/GPRS, joined with their header files from the same
// ZIP): one row per call, message or data session, summed into one row per line and month.
// Amounts are usage charges only (`.74`, leading dot); the monthly plan fee is not in them.
export const rogersUsage: SourceDefinition = {
  source: 'rogers-usage',
  dataset: 'invoices',
  alsoBuilds: ['lines'],
  minHits: 5,
  region: 'CA',
  decimal: '.',
  currency: 'CAD',
  signature: [
    ['BAN'],
    ['Invoice No.'],
    ['In Care Of'],
    ['User Number'],
    ['Rate Period'],
    ['Airtime Rate'],
    ['Total Call Charges'],
    ['Roaming Indicator'],
    [USAGE_TYPE_COLUMN],
  ],
  fields: {
    lineNumber: [line],
    period: [period],
    voiceMin: [voice],
    sms: [sms],
    dataMb: [data],
    outOfPlan: [charges],
    totalExVat: [charges],
    number: [line],
    userName: [user],
    accountNumber: [account],
  },
  fallback: {},
  adapt: (table) =>
    summariseUsage(table, {
      line: 'User Number',
      user: 'User Name',
      account: 'BAN',
      periodDates: ['Period End Date', 'Date'],
      kind: USAGE_TYPE_COLUMN,
      seconds: 'Seconds',
      kilobytes: 'Volume (KB)',
      charges: 'Total Call Charges',
    }),
};
