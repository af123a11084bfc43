// Public face of the audit checklist: catalogue, answers, scoring, comparison and action plan.

export * from './ids';
export * from './phases';
export * from './data-hints';
export * from './catalogue-schema';
export * from './catalogue';
export * from './custom-questions';
export * from './answer';
export * from './scoring';
export * from './maturity';
export * from './comparison';
export * from './action';
export * from './priority';
export * from './action-generation';
export * from './suggest';
export * from './export';
