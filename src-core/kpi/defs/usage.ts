import { byLine, byPeriod, lastPeriods, lineMonths } from '../billing';
import { mean, missing, needImport, sum } from '../results';
import type { KpiDefinition } from '../types';

const UNASSIGNED = 'unassigned';

export const dataPerLine: KpiDefinition = {
  id: 'use.data-per-line',
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

    const months = lineMonths(invoices, periods);
    const perLine = [...byLine(months)].map(([number, rows]) => ({
      number,
      monthlyMb: sum(rows.map((m) => m.dataMb)) / rows.length,
    }));

    const profileOf = new Map(lines.map((l) => [l.number, l[settings.profileField]]));
    const byProfile = new Map<string, number[]>();
    for (const line of perLine) {
      const profile = profileOf.get(line.number)?.trim() || UNASSIGNED;
      byProfile.set(profile, [...(byProfile.get(profile) ?? []), line.monthlyMb]);
    }

    return {
      value: mean(perLine.map((l) => l.monthlyMb)),
      basis: perLine.length,
      evidence: perLine.map((l) => l.number),
      breakdown: Object.fromEntries([...byProfile].map(([profile, mbs]) => [profile, mean(mbs)])),
      trend: byPeriod(months, periods).map(({ period, months: rows }) => ({
        period,
        value: mean(rows.map((m) => m.dataMb)),
      })),
    };
  },
};
