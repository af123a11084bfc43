import { invoiceIndex, lastPeriods, monthFigures, outOfPlanLines } from '../billing';
import type { PeriodFigures } from '../billing';
import { missing, needImport, sum } from '../results';
import type { KpiComputation, KpiDefinition, KpiInput } from '../types';

type Figure = 'total' | 'outOfPlan';

/**
 * Mean monthly amount of one invoice figure over the cost window. With the default window of
 * 12 months and at most 12 invoice months, the window holds every invoice month.
 */
function monthlyAmount(input: KpiInput, figure: Figure, field: string): KpiComputation {
  const periods = lastPeriods(input.invoices, input.referenceDate, input.settings.costWindowMonths);
  if (periods.length === 0) return missing('no-invoices', needImport('invoices', field));

  const months = monthFigures(input.invoices, periods);
  const amountOf = (m: PeriodFigures): number => m[figure];
  const charged =
    figure === 'total'
      ? invoiceIndex(input.invoices).linesIn(periods)
      : outOfPlanLines(input.invoices, periods);

  return {
    value: sum(months.map(amountOf)) / periods.length,
    basis: sum(months.map((m) => m.lineMonths)),
    evidence: charged,
    trend: months.map((m) => ({ period: m.period, value: amountOf(m) })),
  };
}

export const totalMonthly: KpiDefinition = {
  id: 'cost.totalMonthly',
  category: 'financial',
  label: { fr: 'Dépense télécom mensuelle', en: 'Monthly telecom spend' },
  definition: {
    fr:
      'Ensemble des montants facturés hors taxes divisé par le nombre de mois de ' +
      'facturation présents (12 derniers au plus, réglable).',
    en:
      'All invoiced charges excluding VAT divided by the number of invoice months present ' +
      '(the latest 12 at most, adjustable).',
  },
  unit: 'currency-per-month',
  target: null,
  compute: (input) => monthlyAmount(input, 'total', 'totalExVat'),
};

export const outOfPlanMonthly: KpiDefinition = {
  id: 'cost.outOfPlanMonthly',
  category: 'financial',
  label: { fr: 'Hors-forfait mensuel', en: 'Monthly out-of-plan charges' },
  definition: {
    fr:
      'Montants hors forfait hors taxes divisés par le nombre de mois de facturation ' +
      'présents (12 derniers au plus, réglable).',
    en:
      'Out-of-plan charges excluding VAT divided by the number of invoice months present ' +
      '(the latest 12 at most, adjustable).',
  },
  unit: 'currency-per-month',
  target: null,
  compute: (input) => monthlyAmount(input, 'outOfPlan', 'outOfPlan'),
};
