import type { KpiInput } from '@core/kpi/types';
import type { Plan } from '@core/model/plan';

/** What a recommendation asks the client to do with one line. */
export type SavingKind = 'terminate' | 'downgrade' | 'upgrade';

export const SAVING_KINDS: readonly SavingKind[] = ['terminate', 'downgrade', 'upgrade'];

/** The rows savings are worked out from: the same input as the KPIs, and the catalogue. */
export type SavingsInput = Pick<KpiInput, 'lines' | 'invoices' | 'settings' | 'referenceDate'> & {
  /** The contract's plan catalogue, when imported; offers then come from it first. */
  plans?: readonly Plan[];
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

export interface SavingRecommendation {
  /** Stable while the facts behind it hold: kind, line and target plan. */
  id: string;
  kind: SavingKind;
  lineNumber: string;
  operator: string | null;
  monthly: number;
  yearly: number;
  facts: SavingFacts;
  /** Keys `line|period` of the invoice line-months that prove it. */
  evidence: string[];
}
