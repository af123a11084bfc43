// The KPIs as the command line's JSON prints them, for scripts: one object per KPI, rates as
// fractions between 0 and 1 (the app shows them as percentages), money in the data's currency.
import { getKpiDefinition } from '@core/kpi/registry';
import type { KpiResult, KpiUnit } from '@core/kpi/types';

export interface KpiJson {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  target: number | null;
  /** Whether the target is a floor or a ceiling; null when the KPI has none. */
  targetDirection: 'at-least' | 'at-most' | null;
  status: KpiResult['status'];
  records: number;
}

const FRACTIONS: Partial<Record<KpiUnit, string>> = {
  percent: 'fraction',
  'percent-change': 'fraction-change',
};

function unitOf(unit: KpiUnit, currency: string): string {
  if (unit === 'currency-per-month') return `${currency}/month`;
  return FRACTIONS[unit] ?? unit;
}

/** One JSON object per KPI result, in the registry's order. */
export function kpisAsJson(
  results: readonly KpiResult[],
  locale: 'fr' | 'en',
  currency: string,
): KpiJson[] {
  return results.map((result) => {
    const definition = getKpiDefinition(result.id);
    const unit = definition?.unit;
    const scale = unit && FRACTIONS[unit] ? 100 : 1;
    const target = result.target ?? definition?.target ?? null;
    const scaled = (value: number | null) => (value === null ? null : value / scale);

    return {
      id: result.id,
      label: definition?.label[locale] ?? result.id,
      value: scaled(result.value),
      unit: unit ? unitOf(unit, currency) : 'unknown',
      target: scaled(target?.value ?? null),
      targetDirection: target?.direction ?? null,
      status: result.status,
      records: result.basis,
    };
  });
}
