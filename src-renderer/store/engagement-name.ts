import { AppError } from '@core/errors/app-error';

/** Trims an engagement name and refuses an empty one. */
export function requireName(name: string | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw new AppError('engagement-name-required');
  return trimmed;
}
