import { invoiceIndex, lastPeriods } from '../billing';
import type { LineWindow } from '../billing';
import { missing, needImport, percent } from '../results';
import type { KpiComputation, KpiDefinition, KpiInput } from '../types';

interface BilledWindow {
  months: number;
  /** Sums per line over the window, for every line billed in it. */
  sums: LineWindow;
  /** Positions in `sums` of the lines billed in every month of the window. */
  judged: number[];
}

// A line billed in only part of a window (new, or ended) would look idle for the wrong reason:
// only lines billed in every month of the window are judged.
function billedWindow(input: KpiInput, count: number): BilledWindow | KpiComputation {
  const periods = lastPeriods(input.invoices, input.referenceDate, count);
  if (periods.length === 0) return missing('no-invoices', needImport('invoices', 'dataMb'));
  if (periods.length < count) {
    return missing('too-few-billed-months', needImport('invoices', 'period'));
  }

  const sums = invoiceIndex(input.invoices).perLine(periods);
  const judged: number[] = [];
  sums.months.forEach((months, at) => {
    if (months === count) judged.push(at);
  });
  return { months: count, sums, judged };
}

function isWindow(value: BilledWindow | KpiComputation): value is BilledWindow {
  return 'judged' in value;
}

/** Whether a line had no data, call or SMS in the whole window (usage is never negative). */
function isIdle(sums: LineWindow, at: number): boolean {
  return sums.dataMb[at] + sums.voiceMin[at] + sums.sms[at] === 0;
}

/** Numbers of the unused lines: billed in every month of the unused window and idle in all. */
function unusedNumbers(input: KpiInput): Set<string> {
  const window = billedWindow(input, input.settings.unusedWindowMonths);
  if (!isWindow(window)) return new Set();

  const { sums, judged } = window;
  return new Set(judged.filter((at) => isIdle(sums, at)).map((at) => sums.lines[at]));
}

export const unusedLines: KpiDefinition = {
  id: 'lines.unusedRate',
  category: 'financial',
  label: { fr: 'Lignes inutilisées', en: 'Unused lines' },
  definition: {
    fr:
      'Parmi les lignes facturées chacun des deux derniers mois de facturation (réglable), ' +
      'part de celles sans data, appel ni SMS sur ces deux mois ; l’enjeu est leur coût ' +
      'mensuel moyen.',
    en:
      'Among the lines billed in each of the two latest invoice months (adjustable), share ' +
      'of those with no data, call or SMS in both; the stake is their average monthly cost.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 2, amberLimit: 5, source: 'fleetaudit' },
  compute(input) {
    const window = billedWindow(input, input.settings.unusedWindowMonths);
    if (!isWindow(window)) return window;
    const { sums, judged } = window;
    if (judged.length === 0) return missing('too-few-billed-months', needImport('invoices'));

    const unused = judged.filter((at) => isIdle(sums, at));
    const cost = unused.reduce((total, at) => total + sums.totalExVat[at], 0);

    return {
      value: percent(unused.length, judged.length),
      basis: judged.length,
      evidence: unused.map((at) => sums.lines[at]),
      monthlyStake: cost / window.months,
    };
  },
};

export const underusedLines: KpiDefinition = {
  id: 'lines.underusedRate',
  category: 'financial',
  label: { fr: 'Lignes sous-utilisées', en: 'Under-used lines' },
  definition: {
    fr:
      'Parmi les lignes avec une enveloppe data facturées chacun des trois derniers mois ' +
      '(réglable), part de celles, hors lignes inutilisées, dont la data mensuelle moyenne ' +
      'reste sous 20 % (réglable) de l’enveloppe ; l’enjeu est leur abonnement mensuel.',
    en:
      'Among the lines with a data allowance billed in each of the three latest invoice ' +
      'months (adjustable), share of those, unused lines aside, whose mean monthly data stays ' +
      'under 20% (adjustable) of it; the stake is their monthly plan charge.',
  },
  unit: 'percent',
  target: { direction: 'at-most', value: 10, amberLimit: 20, source: 'fleetaudit' },
  compute(input) {
    const window = billedWindow(input, input.settings.usageWindowMonths);
    if (!isWindow(window)) return window;
    if (input.lines.length === 0) {
      return missing('no-lines', needImport('lines', 'number', 'dataAllowanceMb'));
    }

    const allowances = new Map<string, number>();
    for (const line of input.lines) {
      if ((line.dataAllowanceMb ?? 0) > 0) allowances.set(line.number, line.dataAllowanceMb ?? 0);
    }
    const { sums } = window;
    // Each judged line's allowance is looked up once, and kept beside its position.
    const judged: number[] = [];
    const allowanceAt: number[] = [];
    for (const at of window.judged) {
      const allowance = allowances.get(sums.lines[at]);
      if (allowance === undefined) continue;
      judged.push(at);
      allowanceAt.push(allowance);
    }
    if (judged.length === 0) {
      return missing('no-data-allowances', needImport('lines', 'dataAllowanceMb'));
    }

    // Unused lines stay in the denominator, as the contract counts every line with an
    // allowance, but are never under-used: they belong to lines.unusedRate.
    const unused = unusedNumbers(input);
    const limit = input.settings.underUseThresholdPct / 100;
    const under = judged.filter((at, i) => {
      const monthly = sums.dataMb[at] / window.months;
      return !unused.has(sums.lines[at]) && monthly < limit * allowanceAt[i];
    });
    const plans = under.reduce((total, at) => total + sums.planCharge[at], 0);

    return {
      value: percent(under.length, judged.length),
      basis: judged.length,
      evidence: under.map((at) => sums.lines[at]),
      monthlyStake: plans / window.months,
    };
  },
};
