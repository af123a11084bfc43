import type { KpiStatus, KpiTarget } from './types';

/** Rates a value against its target: green when met, amber up to the amber limit, else red. */
export function rateStatus(value: number | null, target: KpiTarget | null): KpiStatus {
  if (value === null || target === null) return 'none';

  if (target.direction === 'at-least') {
    if (value >= target.value) return 'green';
    return value >= target.amberLimit ? 'amber' : 'red';
  }

  if (value <= target.value) return 'green';
  return value <= target.amberLimit ? 'amber' : 'red';
}
