import { expect } from 'vitest';

import { AppError } from '@core/errors/app-error';
import type { ErrorCode } from '@core/errors/codes';

/** Awaits work that must fail with an AppError of this code; returns the error's params. */
export async function refusal(
  work: Promise<unknown>,
  code: ErrorCode,
): Promise<Record<string, string | number>> {
  const error: unknown = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return (error as AppError).params;
}
