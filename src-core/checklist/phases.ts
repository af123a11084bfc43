// The seven phases of the deployment method an action plan item can be attached to.

/** In the order a project goes through them. */
export const PHASE_IDS = [
  'audit',
  'strategy',
  'selection',
  'preparation',
  'pilot',
  'rollout',
  'optimisation',
] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

/** Where an action goes when neither the question nor the consultant says otherwise. */
export const DEFAULT_PHASE: PhaseId = 'optimisation';
