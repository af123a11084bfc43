import type { Dataset } from '@core/model/import-record';

import { emptyInputs } from './inputs/families';
import type { ConsultantInputs, InputFamily } from './inputs/families';
import type { KpiCaveat, KpiComputation, KpiInput, KpiMissing, MissingReason } from './types';

/** A result without a value: says why, and what to import to get one. Never a zero. */
export function missing(reason: MissingReason, need: KpiMissing['need']): KpiComputation {
  return { value: null, basis: 0, evidence: [], missing: { reason, need } };
}

/** Shorthand for a missing import of some fields of a dataset. */
export function needImport(dataset: Dataset, ...fields: string[]): KpiMissing['need'] {
  return { kind: 'import', dataset, fields };
}

/** Shorthand for a missing entry in the Saisies tab. */
export function needInput(family: InputFamily): KpiMissing['need'] {
  return { kind: 'input', family };
}

/** The consultant's rows, empty families when nothing was entered. */
export function inputsOf(input: KpiInput): ConsultantInputs {
  return input.inputs ?? emptyInputs();
}

/** Share in percent; multiplying first keeps 19 of 20 at exactly 95. */
export function percent(part: number, whole: number): number {
  return (part * 100) / whole;
}

/** Arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sum of a list. */
export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Caveats with a zero count say nothing: drop them, and the list when it ends up empty. */
export function caveats(...list: KpiCaveat[]): KpiCaveat[] | undefined {
  const kept = list.filter((c) => c.count > 0);
  return kept.length > 0 ? kept : undefined;
}

/** Counts of a list by a key, e.g. flagged devices per platform. */
export function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
