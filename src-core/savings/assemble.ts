import type { SavingDetail, SavingKind, SavingRecommendation } from './types';

// The kinds beyond one line's plan are built the same way: money rounded to the cent, the yearly
// figure twelve rounded months, and line facts that only carry the money at stake.

interface Fields {
  id: string;
  kind: SavingKind;
  lineNumber: string;
  operator: string | null;
  monthly: number;
  /** Billed months the figures were read over (0 when not read from invoices). */
  months: number;
  evidence?: string[];
  evidenceKind?: 'line-months' | 'devices';
  detail?: SavingDetail;
}

/** Rounds to the cent, so sums of amounts in cents read as they were billed. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A recommendation of one of the kinds beyond one line's plan. */
export function recommendation(fields: Fields): SavingRecommendation {
  const monthly = cents(fields.monthly);
  return {
    id: fields.id,
    kind: fields.kind,
    lineNumber: fields.lineNumber,
    operator: fields.operator,
    monthly,
    yearly: cents(monthly * 12),
    facts: {
      months: fields.months,
      currentPlan: null,
      currentPrice: monthly,
      priceSource: 'invoices',
      targetPlan: null,
      targetPrice: null,
      peakDataMb: 0,
      peakVoiceMin: 0,
      meanDataMb: 0,
      meanOutOfPlan: 0,
    },
    evidence: fields.evidence ?? [],
    evidenceKind: fields.evidenceKind ?? 'line-months',
    detail: fields.detail ?? {},
  };
}
