import { AppError } from '@core/errors/app-error';

/** Stops long work at a safe point between two batches when the user has cancelled. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('task-cancelled');
}

/** Keeps AppErrors as they are and turns anything else IndexedDB throws into one. */
export function asStorageError(error: unknown): AppError {
  if (error instanceof AppError) return error;

  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AppError('storage-failed', detail);
}

/** Awaits storage work and reports its failure as an AppError. */
export async function guardStorage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asStorageError(error);
  }
}
