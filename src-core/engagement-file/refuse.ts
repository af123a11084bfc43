import { AppError } from '../errors/app-error';
import type { ErrorParams } from '../errors/app-error';
import type { ErrorCode } from '../errors/codes';

/** The error that refuses a whole engagement file, naming the file for the user. */
export function refuse(code: ErrorCode, file: string, params: ErrorParams = {}): AppError {
  const detail = Object.entries(params)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  return new AppError(code, `${code}: ${file} ${detail}`.trim(), { file, ...params });
}
