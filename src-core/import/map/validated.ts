import { passesCheck } from './field-checks';
import type { FieldCheck } from './field-checks';
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

// A row built with the schema's fields in its order is read in one walk over its own fields,
// far cheaper than looking up each field by name; any other row is looked up by name.
function passes(
  row: Record<string, unknown>,
  fields: readonly string[],
  checks: readonly FieldCheck[],
): boolean {
  let at = 0;
  for (const name in row) {
    if (name !== fields[at]) return passesByName(row, fields, checks);
    if (!passesCheck(checks[at], row[name])) return false;
    at++;
  }
  return at === fields.length || passesByName(row, fields, checks);
}

function passesByName(
  row: Record<string, unknown>,
  fields: readonly string[],
  checks: readonly FieldCheck[],
): boolean {
  for (let i = 0; i < fields.length; i++) {
    if (!passesCheck(checks[i], row[fields[i]])) return false;
  }
  return true;
}
