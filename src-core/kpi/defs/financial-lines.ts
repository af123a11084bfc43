import type { LineMonth } from '../billing';
import { byLine, lastPeriods, lineMonths } from '../billing';
import { missing, needImport, percent, sum } from '../results';
import type { KpiComputation, KpiDefinition, KpiInput } from '../types';

interface UsageWindow {
  months: number;
  /** Lines billed in every month of the window, with their line-months. */
  lines: Map<string, LineMonth[]>;
}

// A line billed in only part of the window (new, or ended) would look idle for the wrong
// reason: only lines billed in every month of the window are judged.
function usageWindow(input: KpiInput): UsageWindow | KpiComputation {
  const count = input.settings.usageWindowMonths;
  const periods = lastPeriods(input.invoices, input.referenceDate, count);
  if (periods.length === 0) return missing('no-invoices', needImport('invoices', 'dataMb'));
  if (periods.length < count) {
    return missing('too-few-billed-months', needImport('invoices', 'period'));
  }

  const lines = new Map(
    [...byLine(lineMonths(input.invoices, periods))].filter(([, rows]) => rows.length === count),
  );
  return { months: count, lines };
}

function isWindow(value: UsageWindow | KpiComputation): value is UsageWindow {
  return 'lines' in value;
}

const usageOf = (m: LineMonth): number => m.dataMb + m.voiceMin + m.sms;

/** Whether a line had no data, call or SMS in any month of the window. */
function isUnused(rows: readonly LineMonth[]): boolean {
  return rows.every((m) => usageOf(m) === 0);
}

export const unusedLines: KpiDefinition = {
  id: 'fin.unused-lines',
  category: 'financial',
  label: { fr: 'Lignes inutilisées', en: 'Unused lines' },
  definition: {
    fr:
      'Part des lignes facturées chaque mois de la fenêtre d’usage sans aucune donnée, minute ' +
      'ou SMS sur toute la fenêtre ; l’enjeu est leur coût mensuel moyen.',
    en:
      'Share of the lines billed in every month of the usage window with no data, minute or ' +
      'SMS over the whole window; the stake is their average monthly cost.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 2, amberLimit: 5, source: 'fleetaudit' },
  compute(input) {
    const window = usageWindow(input);
    if (!isWindow(window)) return window;
    if (window.lines.size === 0) return missing('too-few-billed-months', needImport('invoices'));

    const unused = [...window.lines].filter(([, rows]) => isUnused(rows));
    const cost = sum(unused.flatMap(([, rows]) => rows.map((m) => m.totalExVat)));

    return {
      value: percent(unused.length, window.lines.size),
      basis: window.lines.size,
      evidence: unused.map(([number]) => number),
      monthlyStake: cost / window.months,
    };
  },
};

export const underusedLines: KpiDefinition = {
  id: 'fin.underused-lines',
  category: 'financial',
  label: { fr: 'Lignes sous-utilisées', en: 'Under-used lines' },
  definition: {
    fr:
      'Part des lignes avec forfait data, utilisées mais consommant en moyenne moins du seuil ' +
      '(20 % par défaut) de leur enveloppe ; l’enjeu est leur abonnement mensuel.',
    en:
      'Share of the lines with a data allowance, used but consuming on average less than the ' +
      'threshold (20% by default) of it; the stake is their monthly plan charge.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 10, amberLimit: 20, source: 'fleetaudit' },
  compute(input) {
    const window = usageWindow(input);
    if (!isWindow(window)) return window;
    if (input.lines.length === 0) {
      return missing('no-lines', needImport('lines', 'number', 'dataAllowanceMb'));
    }

    const allowances = new Map(
      input.lines
        .filter((l) => (l.dataAllowanceMb ?? 0) > 0)
        .map((l) => [l.number, l.dataAllowanceMb ?? 0]),
    );
    const judged = [...window.lines].filter(
      ([number, rows]) => allowances.has(number) && !isUnused(rows),
    );
    if (judged.length === 0) {
      return missing('no-data-allowances', needImport('lines', 'dataAllowanceMb'));
    }

    const limit = input.settings.underUseThresholdPct / 100;
    const under = judged.filter(([number, rows]) => {
      const monthlyData = sum(rows.map((m) => m.dataMb)) / window.months;
      return monthlyData < limit * (allowances.get(number) ?? 0);
    });
    const plans = sum(under.flatMap(([, rows]) => rows.map((m) => m.planCharge)));

    return {
      value: percent(under.length, judged.length),
      basis: judged.length,
      evidence: under.map(([number]) => number),
      monthlyStake: plans / window.months,
    };
  },
};
