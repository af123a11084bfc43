// Public surface of the vendor-comparison grid: types, schemas, restore steps and the maths.

export * from './aggregate';
export * from './cost-input';
export * from './cost-view';
export * from './edit';
export * from './criterion';
export * from './evaluate';
export * from './evaluator-sheet';
export * from './grid';
export * from './group-scores';
export type * from './ids';
export * from './library';
export * from './merge-evaluator-sheet';
export * from './must-have';
export * from './participants';
export * from './ranking';
export * from './saved-template';
export * from './score';
export * from './sensitivity';
export * from './stability';
export * from './template';
export * from './weighted-score';
export * from './weights';
