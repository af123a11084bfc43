import { createLogger } from '@core/log/logger';

const log = createLogger('store');

/**
 * Restores records read from storage. One unreadable record is left out and logged rather
 * than failing the whole list, so a single bad row never hides a consultant's work.
 */
export function restoreEach<T>(
  raws: readonly unknown[],
  restore: (raw: unknown) => T,
  what: string,
): T[] {
  const restored: T[] = [];
  let dropped = 0;

  for (const raw of raws) {
    try {
      restored.push(restore(raw));
    } catch {
      dropped += 1;
    }
  }

  if (dropped > 0) log.warn(`left out ${dropped} unreadable ${what}`);
  return restored;
}
