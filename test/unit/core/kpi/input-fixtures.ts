// Entered rows for the KPIs fed by the Saisies tab: each helper fills the id, the test gives
// only the fields its expected value depends on.
import { emptyInputs } from '@core/kpi/inputs/families';
import type { ConsultantInputs } from '@core/kpi/inputs/families';
import type { KpiInput } from '@core/kpi/types';

import { input } from './fixtures';

let next = 0;

/** A fresh row id, so tests never collide on ids. */
export function rowId(): string {
  next += 1;
  return `row-${next}`;
}

/** A KPI input with the given families entered and nothing else unless `fields` adds it. */
export function entered(inputs: Partial<ConsultantInputs>, fields: Partial<KpiInput> = {}) {
  return input({ ...fields, inputs: { ...emptyInputs(), ...inputs } });
}

export function incident(openedAt: string, resolvedAt: string | null, security = false) {
  return { id: rowId(), openedAt, resolvedAt, security };
}
