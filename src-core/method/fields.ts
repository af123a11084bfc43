// Field schemas shared by the method's stored records: lenient, so a record written by an
// older version or half-edited loads with defaults instead of failing whole.
import { z } from 'zod';

/** An ISO day or null; anything else becomes null. */
export const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable()
  .catch(null);

export const text = z.string().catch('');

/** A list whose invalid items are dropped one by one rather than emptying the whole list. */
export function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((values) =>
      values.flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

/** Days from `from` to `to` (both ISO days), negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}
