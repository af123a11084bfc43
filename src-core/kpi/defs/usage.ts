import { invoiceIndex, lastPeriods, monthFigures } from '../billing';
import { mean, missing, needImport } from '../results';
import type { KpiDefinition } from '../types';

const UNASSIGNED = 'unassigned';

export const dataPerLine: KpiDefinition = {
  id: 'usage.dataPerLineMonthly',
  category: 'usage',
  label: { fr: 'Consommation data par ligne', en: 'Data use per line' },
  definition: {
    fr:
      'Moyenne, sur les lignes facturées, de la data mensuelle moyenne de chaque ligne sur la ' +
      'fenêtre d’usage ; détail par profil (service par défaut).',
    en:
      'Mean over billed lines of each line’s average monthly data over the usage window; ' +
      'split by profile (department by default).',
  },
  unit: 'mb-per-month',
  target: null,
  compute({ invoices, lines, referenceDate, settings }) {
    const periods = lastPeriods(invoices, referenceDate, settings.usageWindowMonths);
    if (periods.length === 0) return missing('no-invoices', needImport('invoices', 'dataMb'));

    const sums = invoiceIndex(invoices).perLine(periods);
    const monthlyMb = Array.from(sums.lines, (_number, at) => sums.dataMb[at] / sums.months[at]);

    const profileOf = new Map<string, string | null>();
    for (const line of lines) profileOf.set(line.number, line[settings.profileField]);
    const byProfile = new Map<string, number[]>();
    sums.lines.forEach((number, at) => {
      const profile = profileOf.get(number)?.trim() || UNASSIGNED;
      const list = byProfile.get(profile);
      if (list) list.push(monthlyMb[at]);
      else byProfile.set(profile, [monthlyMb[at]]);
    });

    return {
      value: mean(monthlyMb),
      basis: monthlyMb.length,
      // The window's line list is shared by every computation: the result gets its own copy.
      evidence: sums.lines.slice(),
      breakdown: Object.fromEntries([...byProfile].map(([profile, mbs]) => [profile, mean(mbs)])),
      // Every billed month has at least one line-month: no division by zero.
      trend: monthFigures(invoices, periods).map((m) => ({
        period: m.period,
        value: m.dataMb / m.lineMonths,
      })),
    };
  },
};
