// The tests under which a schema's parse would leave a field as it is, held as data rather than
// functions: one switch reads them all, where a call per field through a list of a dozen
// different functions cost a 200,000-row import more than building its rows.

/** A test that passes only what the schema's field would keep exactly as it is. */
export type FieldCheck =
  | { kind: 'anyText' | 'trimmedText' | 'someText' | 'flag' | 'absent' }
  | { kind: 'finite' | 'count' | 'finiteOrNull' | 'countOrNull' }
  | { kind: 'oneOf'; allowed: ReadonlySet<unknown> }
  | { kind: 'matching'; pattern: RegExp; nullable: boolean; passed: Set<string> };

/** Any text or null (`z.string().nullable()`). */
export const anyText: FieldCheck = { kind: 'anyText' };
/** Text with nothing to trim, or null (`z.string().trim().nullable()`). */
export const trimmedText: FieldCheck = { kind: 'trimmedText' };
/** Text of at least one character (`z.string().min(1)`). */
export const someText: FieldCheck = { kind: 'someText' };
/** A finite number (`z.number().finite()`). */
export const finite: FieldCheck = { kind: 'finite' };
/** A finite number not below zero (`.nonnegative()`). */
export const count: FieldCheck = { kind: 'count' };
/** A finite number or null. */
export const finiteOrNull: FieldCheck = { kind: 'finiteOrNull' };
/** A finite number not below zero, or null. */
export const countOrNull: FieldCheck = { kind: 'countOrNull' };
/** A boolean. */
export const flag: FieldCheck = { kind: 'flag' };
/** No value at all: a field the row must not have. */
export const absent: FieldCheck = { kind: 'absent' };

/** A check that passes one of the listed values. */
export function oneOf(values: readonly string[]): FieldCheck {
  return { kind: 'oneOf', allowed: new Set<unknown>(values) };
}

/** A check that passes strings a non-global pattern matches, and null when `nullable`. */
export function matching(pattern: RegExp, nullable: boolean): FieldCheck {
  return { kind: 'matching', pattern, nullable, passed: new Set() };
}

const PASSED_KEPT = 256;

/** Whether the value passes the check. */
export function passesCheck(check: FieldCheck, value: unknown): boolean {
  switch (check.kind) {
    case 'anyText':
      return value === null || typeof value === 'string';
    case 'trimmedText':
      return value === null || (typeof value === 'string' && isTrimmed(value));
    case 'someText':
      return typeof value === 'string' && value.length > 0;
    case 'flag':
      return typeof value === 'boolean';
    case 'absent':
      return value === undefined;
    case 'oneOf':
      return check.allowed.has(value);
    case 'matching':
      return (check.nullable && value === null) || matches(check, value);
    default:
      return passesNumber(check.kind, value);
  }
}

function passesNumber(
  kind: 'finite' | 'count' | 'finiteOrNull' | 'countOrNull',
  value: unknown,
): boolean {
  if (value === null) return kind === 'finiteOrNull' || kind === 'countOrNull';
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return kind === 'finite' || kind === 'finiteOrNull' || value >= 0;
}

// Months and dates repeat on every row: a text that passed once passes without the pattern.
function matches(check: Extract<FieldCheck, { kind: 'matching' }>, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (check.passed.has(value)) return true;
  if (!check.pattern.test(value)) return false;
  if (check.passed.size < PASSED_KEPT) check.passed.add(value);
  return true;
}

/** A string the schema's `.trim()` would leave alone: JavaScript's trim removes `\s`. */
export function isTrimmed(value: string): boolean {
  if (value.length === 0) return true;
  if (notSpace(value.charCodeAt(0)) && notSpace(value.charCodeAt(value.length - 1))) return true;
  return !/^\s|\s$/.test(value);
}

// Below U+1680 the only characters `\s` matches are controls, the space and the no-break space:
// accented letters (`Dupré`, `Siège`) are told apart without the pattern.
function notSpace(code: number): boolean {
  return code > 0x20 && code < 0x1680 && code !== 0xa0;
}
