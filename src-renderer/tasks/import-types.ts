// What the import tasks take and give across the worker boundary: small, cloneable summaries.
// The parsed rows themselves stay in the worker until the consultant confirms.
import type { ErrorPayload } from '@core/errors/app-error';
import type { ErrorCode } from '@core/errors/codes';
import type { ImportOptions } from '@core/import/import-file';
import type { ColumnMapping } from '@core/import/recognise/fields';
import type { ColumnSuggestion } from '@core/import/recognise/suggest';
import type { SourceId } from '@core/import/recognise/source-definition';
import type { RowError } from '@core/import/map/row-error';
import type { TextEncoding } from '@core/import/text/decode';
import type { TableFormat } from '@core/import/types';
import type { Dataset } from '@core/model/import-record';
import type { EngagementId } from '@core/model/ids';

/** The choices the preview screen can force on one part. */
export type PartOptions = Pick<
  ImportOptions,
  'encoding' | 'delimiter' | 'sheet' | 'period' | 'dataset' | 'mapping'
> & {
  /** The saved profile the mapping came from, recorded in the import's provenance. */
  profileId?: string;
  profileName?: string;
};

/** One table of a dropped file (a ZIP gives one per entry), as the preview shows it. */
export interface PartPreview {
  fileIndex: number;
  partIndex: number;
  name: string;
  size: number;
  format: TableFormat;
  encoding: TextEncoding | null;
  hadBom: boolean;
  delimiter: string | null;
  sheetName: string | null;
  /** Hex SHA-256 of the part's bytes, to recognise a file imported before. */
  sha256: string;
  /** Every sheet of the workbook, to read another one than the one found. */
  sheetNames: string[];
  /** The month the user said the file bills, when it does not say it itself. */
  period: string | null;
  header: string[];
  /** The first rows as read, and where they sit in the file. */
  sample: string[][];
  sampleRowNumbers: number[];
  source: SourceId | 'unrecognised';
  dataset: Dataset | null;
  confidence: number;
  /** Why a recognised file gives no rows (an account-level report), as an error code. */
  notice: ErrorCode | null;
  suggestions: ColumnSuggestion[];
  /** The mapping applied; null while unrecognised and not yet mapped. */
  mapping: ColumnMapping | null;
  /** The saved profile applied automatically or chosen, if any. */
  profile: { id: string; name: string } | null;
  rowCount: number;
  skippedRows: number;
  accepted: number;
  /** Lines the bill also describes (plan price, allowances), stored beside its charges. */
  billLines: number;
  rejected: number;
  totalRows: number;
  /** The first rows in the model's shape. */
  mappedSample: Record<string, unknown>[];
  /** Row problems, first ones only when there are very many; `errorCount` has them all. */
  errors: RowError[];
  errorCount: number;
  /** Problems that kept their row, the named cell left empty. */
  warningCount: number;
  /** Milliseconds spent reading and mapping this part in the worker. */
  parseMs: number;
}

export type FilePreview =
  | { fileIndex: number; name: string; size: number; ok: true; parts: PartPreview[] }
  | { fileIndex: number; name: string; size: number; ok: false; error: ErrorPayload };

export interface PreviewSession {
  id: string;
  files: FilePreview[];
}

export type ImportPreviewInput =
  | { files: { name: string; bytes: Uint8Array }[] }
  | { sessionId: string; fileIndex: number; partIndex: number; options: PartOptions };

export type ImportPreviewOutput =
  { kind: 'session'; session: PreviewSession } | { kind: 'part'; part: PartPreview };

export interface ImportCommitInput {
  sessionId: string;
  engagementId: EngagementId;
  parts: { fileIndex: number; partIndex: number }[];
}

export interface ImportCommitOutput {
  imports: { name: string; dataset: Dataset; accepted: number; rejected: number }[];
}
