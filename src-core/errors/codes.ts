/** Every error the user can meet has a code; src-renderer/i18n turns codes into sentences. */
export const ERROR_CODES = [
  'unknown',
  'storage-failed',
  'engagement-not-found',
  'engagement-name-required',
  'file-unreadable',
  'file-too-large',
  'ipc-rejected',
  'task-cancelled',
  'task-failed',
  'demo-failed',
  'file-write-failed',
  'checklist-catalogue-invalid',
  'import-unrecognised',
  'import-encoding',
  'import-empty',
  'import-no-header',
  'import-json-invalid',
  'import-xlsx-unreadable',
  'import-zip-unreadable',
  'import-zip-unsafe-path',
  'import-zip-too-large',
  'import-zip-empty',
  'import-cancelled',
  'import-row-invalid',
  'import-row-no-key',
  'import-date-invalid',
  'import-date-ambiguous',
  'import-amount-invalid',
  'import-amount-ambiguous',
  'import-number-invalid',
  'import-phone-invalid',
  'import-imei-invalid',
  'import-imei-checksum',
  'import-imei-scientific',
  'import-period-invalid',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
