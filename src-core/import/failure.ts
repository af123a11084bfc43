import { AppError } from '@core/errors/app-error';
import type { ErrorCode } from '@core/errors/codes';
import type { ErrorParams } from '@core/errors/app-error';

import type { AbortSignalLike } from './types';

/** Builds the error that stops a whole file, naming it so the user knows which one failed. */
export function fileError(code: ErrorCode, file: string, params: ErrorParams = {}): AppError {
  return new AppError(code, `${code}: ${file}`, { file, ...params });
}

/** Stops a long loop once the caller has given up on it. */
export function throwIfAborted(signal: AbortSignalLike | undefined, file: string): void {
  if (signal?.aborted) throw fileError('import-cancelled', file);
}
