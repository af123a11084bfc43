// What the bench page and its worker say to each other.

export interface CsvImportRequest {
  rows: number;
}

/** Timings of one run, in milliseconds, and what the import reported. */
export interface CsvImportFigures {
  rows: number;
  bytes: number;
  /** TextDecoder + papaparse + Dexie bulkPut of the rows packed 1,000 per record. */
  baselineMs: number;
  baselineParseMs: number;
  baselineStoreMs: number;
  /** The app's import-preview then import-commit tasks, views derived included. */
  importMs: number;
  previewMs: number;
  commitMs: number;
  accepted: number;
  progressEvents: number;
}

export type WorkerMessage =
  | { kind: 'progress'; label: string; done: number; total: number }
  | { kind: 'done'; figures: CsvImportFigures }
  | { kind: 'failed'; message: string };

/** What the page leaves on `window.benchOutcome` when the runs are over. */
export interface BenchOutcome {
  figures?: CsvImportFigures;
  error?: string;
  /** The longest task seen on the page's thread during the runs, in milliseconds. */
  longestTaskMs: number;
  longTasks: number;
}
