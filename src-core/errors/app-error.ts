import { isErrorCode } from './codes';
import type { ErrorCode } from './codes';

/** Values a message may interpolate: file name, row, column... */
export type ErrorParams = Record<string, string | number>;

/** An error that carries a code for the user and a detail for the curious. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, detail?: string, params: ErrorParams = {}) {
    super(detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

/** A plain, cloneable form of an error, fit to cross a worker or IPC boundary. */
export interface ErrorPayload {
  code: ErrorCode;
  detail: string;
  params: ErrorParams;
}

/** Turns anything thrown into a payload; unknown errors keep their message as detail. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) {
    return { code: error.code, detail: error.message, params: error.params };
  }

  const candidate = error as Partial<ErrorPayload> | null;
  if (candidate && isErrorCode(candidate.code)) {
    return { code: candidate.code, detail: String(candidate.detail ?? ''), params: {} };
  }

  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'unknown', detail, params: {} };
}

/** Rebuilds an AppError from a payload received across a boundary. */
export function fromErrorPayload(payload: ErrorPayload): AppError {
  return new AppError(payload.code, payload.detail, payload.params);
}
