// A KPI's target as a reader sees it: `≤ 5 %`, `≥ 95 %`.
import type { KpiDefinition } from '@core/kpi/types';

import type { DocFormat } from '../../format';

/** The target of a definition with its direction sign; '—' when it has none. */
export function targetText(definition: KpiDefinition, fmt: DocFormat): string {
  const { target } = definition;
  if (!target) return '—';
  const sign = target.direction === 'at-least' ? '≥' : '≤';
  return `${sign} ${fmt.kpi(target.value, definition.unit)}`;
}
