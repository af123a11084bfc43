import type { ErrorParams } from '@core/errors/app-error';
import type { ErrorCode } from '@core/errors/codes';

/**
 * One problem met on one cell or row. `error` means the row was left out; `warning` means the
 * row was kept and the named cell left empty.
 */
export interface RowError {
  file: string;
  /** The row as the user sees it in the file (the header row is row 1 when it is first). */
  row: number;
  /** The header name of the column at fault; null when the whole row is. */
  column: string | null;
  code: ErrorCode;
  value: string;
  params: ErrorParams;
  severity: 'error' | 'warning';
}
