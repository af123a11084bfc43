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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
