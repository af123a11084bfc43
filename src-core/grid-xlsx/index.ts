// The evaluator workbook: written for people without the app, read back and merged whole.

export * from './layout';
export * from './merge';
export * from './neutralise';
export * from './read';
export type * from './text';
export * from './write';
