import type { SourceDefinition } from '../source-definition';
import { LINE_MONTH_FIELDS, minutesText, perLineBill, perLineMonthBy } from './line-month-source';
import type { LineMonthAddend } from './line-month';

// Bell's other CSV files share the MOB file's dialect: English then French header rows, cells
// padded to fixed widths, Latin-1, amounts with a dot.
const bellCsv = perLineBill('CA');

/** ACC: one row per account and invoice (balances, payments, taxes by province). */
export const bellAccount: SourceDefinition = {
  ...bellCsv,
  source: 'bell-account',
  dataset: null,
  alsoBuilds: [],
  minHits: 5,
  signature: [
    ['Acct Nbr', 'Num compte'],
    ['Invc Date', 'Date fact'],
    ['Prev Bal'],
    ['Paymt Recvd'],
    ['Bal Owing'],
    ['Cur Chg Ttl'],
    ['Ttl Amt Due'],
    ['GST RefNbr'],
    ['Grp Sh MB'],
  ],
  fields: {},
};

/**
 * DTL: one row per call or data session, summed per mobile and invoice. A row with a data
 * volume (`PktDvol`, MB) counts as data, any other as a call of `Duration` (mmm:ss).
 */
export const bellCallDetail: SourceDefinition = {
  ...bellCsv,
  source: 'bell-call-detail',
  minHits: 5,
  signature: [
    ['Acct Nbr', 'Num compte'],
    ['Invc Date', 'Date fact'],
    ['Mobile Nbr'],
    ['CallSeq'],
    ['Called Nbr'],
    ['Called Loc'],
    ['Usage Amt'],
    ['Call Cost'],
    ['PktDvol'],
    ['Billed by'],
  ],
  fields: LINE_MONTH_FIELDS,
  adapt: perLineMonthBy((cell) => {
    if (cell('Mobile Nbr') === '') return null;

    const volume = cell('PktDvol');
    const isData = volume !== '' && Number(volume) !== 0;
    const add: LineMonthAddend[] = [
      { slot: 'outOfPlan', text: cell('Call Cost') },
      { slot: 'totalExVat', text: cell('Call Cost') },
      isData
        ? { slot: 'dataMb', text: volume }
        : { slot: 'voiceMin', text: minutesText(cell('Duration')) },
    ];
    return {
      line: cell('Mobile Nbr'),
      period: cell('Invc Date'),
      account: cell('Acct Nbr'),
      add,
    };
  }),
};
