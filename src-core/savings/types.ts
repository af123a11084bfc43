import type { KpiInput } from '@core/kpi/types';

/** What a recommendation asks the client to do with one line. */
export type SavingKind = 'terminate' | 'downgrade' | 'upgrade';

export const SAVING_KINDS: readonly SavingKind[] = ['terminate', 'downgrade', 'upgrade'];

/** The rows savings are worked out from: the same input as the KPIs. */
export type SavingsInput = Pick<KpiInput, 'lines' | 'invoices' | 'settings' | 'referenceDate'>;

/** A plan the client already holds with an operator, as its line inventory describes it. */
export interface PlanOffer {
  operator: string;
  name: string;
  /** Monthly price excluding VAT. */
  price: number;
  dataMb: number;
  /** Null when the inventory gives no voice allowance, read as unlimited calls. */
  voiceMin: number | null;
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
