import { billedPeriods, invoiceIndex, lastPeriods, monthFigures, outOfPlanLines } from '../billing';
import { mean, missing, needImport, percent, sum } from '../results';
import type { KpiDefinition } from '../types';

export const outOfPlan: KpiDefinition = {
  id: 'cost.outOfPlanShare',
  category: 'financial',
  label: { fr: 'Hors-forfait', en: 'Out-of-plan charges' },
  definition: {
    fr:
      'Part des montants hors forfait dans la facture totale hors taxes sur la fenêtre ' +
      'd’usage ; l’enjeu est leur montant mensuel moyen.',
    en:
      'Share of out-of-plan charges in the total bill excluding VAT over the usage window; the ' +
      'stake is their average monthly amount.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 5, amberLimit: 10, source: 'fleetaudit' },
  compute(input) {
    const periods = lastPeriods(
      input.invoices,
      input.referenceDate,
      input.settings.usageWindowMonths,
    );
    if (periods.length === 0) return missing('no-invoices', needImport('invoices', 'outOfPlan'));

    const figures = monthFigures(input.invoices, periods);
    const total = sum(figures.map((f) => f.total));
    if (total <= 0) return missing('no-spend', needImport('invoices', 'totalExVat'));

    const extra = sum(figures.map((f) => f.outOfPlan));
    const charged = outOfPlanLines(input.invoices, periods);
    const trend = figures
      .filter((f) => f.total > 0)
      .map((f) => ({ period: f.period, value: percent(f.outOfPlan, f.total) }));

    return {
      value: percent(extra, total),
      basis: sum(figures.map((f) => f.lineMonths)),
      evidence: charged,
      monthlyStake: extra / periods.length,
      trend,
    };
  },
};

export const spendTrend: KpiDefinition = {
  id: 'cost.spendTrend',
  category: 'financial',
  label: { fr: 'Évolution de la dépense télécom', en: 'Telecom spend trend' },
  definition: {
    fr:
      'Variation en % de la dépense mensuelle moyenne des k derniers mois facturés par rapport ' +
      'aux k mois précédents (k = 3, ou moins si l’historique est court).',
    en:
      'Change in % of the average monthly spend of the last k billed months against the k ' +
      'months before (k = 3, or fewer when the history is short).',
  },
  unit: 'percent-change',
  target: { direction: 'at-most', value: 0, amberLimit: 5, source: 'fleetaudit' },
  compute(input) {
    const periods = billedPeriods(input.invoices, input.referenceDate).slice(
      -input.settings.costWindowMonths,
    );
    if (periods.length === 0) return missing('no-invoices', needImport('invoices', 'totalExVat'));
    if (periods.length < 2) return missing('too-few-billed-months', needImport('invoices'));

    const figures = monthFigures(input.invoices, periods);
    const totals = figures.map((f) => ({ period: f.period, value: f.total }));

    const k = Math.min(3, Math.floor(totals.length / 2));
    const recent = mean(totals.slice(-k).map((t) => t.value));
    const before = mean(totals.slice(-2 * k, -k).map((t) => t.value));
    if (before <= 0) return missing('no-spend', needImport('invoices', 'totalExVat'));

    return {
      value: (recent / before - 1) * 100,
      basis: sum(figures.map((f) => f.lineMonths)),
      evidence: invoiceIndex(input.invoices).linesIn(periods),
      trend: totals,
    };
  },
};
