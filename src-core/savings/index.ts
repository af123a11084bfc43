// Public surface of the savings engine: recommendations from lines and invoices, decisions.
export { acceptedTotal, restoreSavingDecision, SAVING_DECISIONS } from './decisions';
export type { SavingDecision, SavingDecisionValue, SavingsTotal } from './decisions';
export { catalogueOffers, contractOffers, covers, planOffers, usualPrice } from './plan-offers';
export { RECURRING_OVERFLOW_MONTHS, recommendSavings } from './recommend';
export { SAVING_KINDS } from './types';
export type {
  OfferSource,
  PlanOffer,
  SavingFacts,
  SavingKind,
  SavingRecommendation,
  SavingsInput,
} from './types';
