// Public surface of the savings engine: recommendations from lines, invoices, devices and the
// contract terms entered, their rules, decisions.
export { acceptedTotal, restoreSavingDecision, SAVING_DECISIONS } from './decisions';
export type { SavingDecision, SavingDecisionValue, SavingsTotal } from './decisions';
export { catalogueOffers, contractOffers, covers, planOffers, usualPrice } from './plan-offers';
export { RECURRING_OVERFLOW_MONTHS, recommendSavings } from './recommend';
export { describeChange, kindLabel } from './describe';
export { SAVING_KIND_LABELS, SAVING_RULES } from './rules';
export { DEVICE_SAVING_KINDS, SAVING_KINDS } from './types';
export type {
  OfferSource,
  PlanOffer,
  SavingDetail,
  SavingFacts,
  SavingKind,
  SavingRecommendation,
  SavingsInput,
} from './types';
