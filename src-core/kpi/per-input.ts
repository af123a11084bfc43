import type { KpiInput } from './types';

// Several KPIs read the same per-device facts (ages, OS assessments): each is worked out once
// per computation, which the input object identifies, and shared by every KPI that asks.

/** `derive` computed once per KPI input and shared. */
export function perInput<T>(derive: (input: KpiInput) => T): (input: KpiInput) => T {
  const found = new WeakMap<KpiInput, { value: T }>();
  return (input) => {
    let entry = found.get(input);
    if (!entry) {
      entry = { value: derive(input) };
      found.set(input, entry);
    }
    return entry.value;
  };
}
