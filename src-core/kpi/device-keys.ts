import { perInput } from './per-input';
import type { KpiInput } from './types';

// Several KPIs give every device as evidence: the list is made once per computation, and each
// result gets its own copy (copying a list is far cheaper than reading 50,000 devices again).
const keysOf = perInput((input) => input.devices.map((d) => d.key));

/** Keys of every device of the computation, in fleet order; a list of its own for each call. */
export function allDeviceKeys(input: KpiInput): string[] {
  return keysOf(input).slice();
}
