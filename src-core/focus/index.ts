export { FOCUS_COLUMNS, FOCUS_CSV_MIME } from './focus-row';
export type { FocusRow } from './focus-row';
export { focusCsv } from './focus-csv';
export { monthBounds, toFocusRows } from './to-focus-rows';
export type { FocusOptions } from './to-focus-rows';
