import type { RowReader } from './cells';

/** Runs the model's schema last, so that no row reaches storage in a shape it would refuse. */
export function validated<T>(restore: () => T, cells: RowReader): T | null {
  if (cells.rejected) return null;
  try {
    return restore();
  } catch {
    cells.reject('import-row-invalid');
    return null;
  }
}

/** A value test that passes only what the schema's field would keep exactly as it is. */
export type FieldCheck = (value: unknown) => boolean;

/** A model's schema and, per field, the test under which its parse would change nothing. */
export interface RowShape<T> {
  checks: Readonly<Record<string, FieldCheck>>;
  /** The schema's field names in order; a shape whose names drift from it is never trusted. */
  fields: readonly string[];
  restore: (raw: unknown) => T;
}

/**
 * Returns the built row as is when every field passes its check, else the schema's answer. The
 * row builders already give the model's shape, so the schema only runs on rows it would alter
 * or refuse: a bad row is still rejected with `import-row-invalid`, as before.
 */
export function validatedRow<T>(row: object, shape: RowShape<T>, cells: RowReader): T | null {
  if (cells.rejected) return null;
  const checks = trustedChecks(shape);
  if (checks && passes(row as Record<string, unknown>, shape.fields, checks)) return row as T;
  return validated(() => shape.restore(row), cells);
}

// The checks in the order of the schema's fields, or null when the shape drifted from it.
const trust = new WeakMap<RowShape<unknown>, readonly FieldCheck[] | null>();

function trustedChecks<T>(shape: RowShape<T>): readonly FieldCheck[] | null {
  let checks = trust.get(shape);
  if (checks === undefined) {
    const names = Object.keys(shape.checks);
    const same =
      names.length === shape.fields.length && names.every((n, i) => n === shape.fields[i]);
    checks = same ? shape.fields.map((name) => shape.checks[name]) : null;
    trust.set(shape, checks);
  }
  return checks;
}

function passes(
  row: Record<string, unknown>,
  fields: readonly string[],
  checks: readonly FieldCheck[],
): boolean {
  for (let i = 0; i < fields.length; i++) {
    if (!checks[i](row[fields[i]])) return false;
  }
  return true;
}

/** A string the schema's `.trim()` would leave alone: JavaScript's trim removes `\s`. */
export function isTrimmed(value: string): boolean {
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return true;
  return !/^\s|\s$/.test(value);
}

/** Any text or null (`z.string().nullable()`). */
export const anyText: FieldCheck = (value) => value === null || typeof value === 'string';
/** Text with nothing to trim, or null (`z.string().trim().nullable()`). */
export const trimmedText: FieldCheck = (value) =>
  value === null || (typeof value === 'string' && isTrimmed(value));
/** Text of at least one character (`z.string().min(1)`). */
export const someText: FieldCheck = (value) => typeof value === 'string' && value.length > 0;
/** A finite number (`z.number().finite()`). */
export const finite: FieldCheck = (value) => typeof value === 'number' && Number.isFinite(value);
/** A finite number not below zero (`.nonnegative()`). */
export const count: FieldCheck = (value) => finite(value) && (value as number) >= 0;
/** A finite number or null. */
export const finiteOrNull: FieldCheck = (value) => value === null || finite(value);
/** A finite number not below zero, or null. */
export const countOrNull: FieldCheck = (value) => value === null || count(value);
/** A boolean. */
export const flag: FieldCheck = (value) => typeof value === 'boolean';

/** A check that passes one of the listed values. */
export function oneOf(values: readonly string[]): FieldCheck {
  const allowed = new Set<unknown>(values);
  return (value) => allowed.has(value);
}

/** A check that passes strings the pattern matches, and null when `nullable`. */
export function matching(pattern: RegExp, nullable: boolean): FieldCheck {
  return (value) =>
    (nullable && value === null) || (typeof value === 'string' && pattern.test(value));
}
