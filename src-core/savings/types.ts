import type { ConsultantInputs } from '@core/kpi/inputs';
import type { KpiInput } from '@core/kpi/types';
import type { Plan } from '@core/model/plan';

/**
 * What a recommendation asks the client to do: with one line (terminate, downgrade, upgrade),
 * with the lines of one person (consolidate), with a group of devices (renew, enrol, retire) or
 * with an operator's contract (respiration, contract-end, minimum-revenue).
 */
export type SavingKind =
  | 'terminate'
  | 'downgrade'
  | 'upgrade'
  | 'consolidate'
  | 'renew'
  | 'enrol'
  | 'retire'
  | 'respiration'
  | 'contract-end'
  | 'minimum-revenue';

export const SAVING_KINDS: readonly SavingKind[] = [
  'terminate',
  'downgrade',
  'upgrade',
  'consolidate',
  'renew',
  'enrol',
  'retire',
  'respiration',
  'contract-end',
  'minimum-revenue',
];

/** The kinds whose evidence is device keys; every other kind's is invoice line-months. */
export const DEVICE_SAVING_KINDS: readonly SavingKind[] = ['renew', 'enrol', 'retire'];

/** The rows savings are worked out from: the same input as the KPIs, and the catalogue. */
export type SavingsInput = Pick<KpiInput, 'lines' | 'invoices' | 'settings' | 'referenceDate'> & {
  /** The contract's plan catalogue, when imported; offers then come from it first. */
  plans?: readonly Plan[];
  /** The merged devices; without them no device recommendation is made. */
  devices?: KpiInput['devices'];
  /** The consultant's entries; the contract terms give the contract levers. */
  inputs?: Partial<Pick<ConsultantInputs, 'contract-terms'>>;
};

/** Where an offer was read: the contract's catalogue, or the plans seen on the client's lines. */
export type OfferSource = 'catalogue' | 'inventory';

/** A plan a line can move to, with its monthly price and allowances. */
export interface PlanOffer {
  operator: string;
  name: string;
  /** Monthly price excluding VAT. */
  price: number;
  /** Null when unlimited. */
  dataMb: number | null;
  /** Null when unlimited, or when no voice allowance is given (read as unlimited calls). */
  voiceMin: number | null;
  /** Null when unlimited or not given: texts are checked only against a stated cap. */
  sms: number | null;
  source: OfferSource;
}

/** The figures a recommendation rests on, shown next to it as its proof. */
export interface SavingFacts {
  months: number;
  currentPlan: string | null;
  currentPrice: number;
  /** Where the current price comes from: the line inventory, or the invoiced plan charges. */
  priceSource: 'inventory' | 'invoices';
  targetPlan: string | null;
  targetPrice: number | null;
  /** Where the target plan and its price come from; null or absent without a target. */
  targetSource?: OfferSource | null;
  peakDataMb: number;
  peakVoiceMin: number;
  meanDataMb: number;
  /** Out-of-plan charges per month, averaged over the window. */
  meanOutOfPlan: number;
}

/** The figures of the kinds beyond one line's plan; each kind fills the fields it needs. */
export interface SavingDetail {
  /** consolidate: the line kept and why it was kept. */
  keptLine?: string;
  keptBecause?: 'device' | 'usage';
  /**
   * consolidate, retire: the lines it ends; respiration: the terminations the clause covers;
   * contract-end: those beyond it, which carry the penalty.
   */
  terminatedLines?: string[];
  /** renew, enrol, retire: the device kind grouped and how many devices. */
  deviceKind?: string;
  devices?: number;
  /** renew: the lifetime setting, the devices' mean age, what replacing them would cost. */
  lifetimeMonths?: number;
  meanAgeMonths?: number;
  renewalCost?: number;
  /** renew: that cost spread over the lifetime, per month (the TCO acquisition share). */
  renewalMonthly?: number;
  /** retire, contract kinds: the lines concerned. */
  lines?: number;
  /** retire: keys `line|period` of the ended lines' months, behind the euros. */
  lineEvidence?: string[];
  /** respiration, contract-end: the recommended terminations and how many the clause frees. */
  terminations?: number;
  allowance?: number;
  respirationPct?: number;
  /** contract-end: the commitment's end, months left, lines beyond the clause, one-off penalty. */
  contractEnd?: string;
  /** contract-end: whether the commitment still runs at the reference date. */
  running?: boolean;
  monthsLeft?: number;
  excess?: number;
  penalty?: number;
  /** minimum-revenue: the committed minimum and the operator's spend before and after. */
  minimumMonthly?: number;
  spendMonthly?: number;
  spendAfter?: number;
}

export interface SavingRecommendation {
  /** Stable while the facts behind it hold: kind, subject and what it changes. */
  id: string;
  kind: SavingKind;
  /**
   * The line it is about; for a person's lines, the line kept; for devices, their kind
   * (`smartphone`...); for a contract lever, the operator.
   */
  lineNumber: string;
  operator: string | null;
  /** Euros per month; 0 for a risk or a cost to plan, below 0 for an offset (minimum revenue). */
  monthly: number;
  yearly: number;
  facts: SavingFacts;
  /** Keys `line|period` of the invoice line-months that prove it, or device keys (see below). */
  evidence: string[];
  /** Absent or `line-months` for invoice keys; `devices` for device keys. */
  evidenceKind?: 'line-months' | 'devices';
  /** The figures of the kinds beyond one line's plan. */
  detail?: SavingDetail;
}
