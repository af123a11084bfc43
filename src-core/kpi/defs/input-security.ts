import { daysBetween, monthOf, monthsFrom } from '../inputs/time';
import { inputsOf, mean, missing, needInput } from '../results';
import type { KpiDefinition } from '../types';
import { monthlyMeans } from './input-operational';

/** Months averaged for the current rate of security incidents. */
const RECENT_MONTHS = 3;

export const securityIncidents: KpiDefinition = {
  id: 'security.incidentsMonthly',
  category: 'security',
  label: { fr: 'Incidents de sécurité par mois', en: 'Security incidents per month' },
  definition: {
    fr: 'Incidents de sécurité ouverts par mois, en moyenne sur les 3 derniers mois.',
    en: 'Security incidents opened per month, averaged over the last 3 months.',
  },
  unit: 'count-per-month',
  target: null,
  compute(input) {
    const rows = inputsOf(input).incidents;
    if (rows.length === 0) return missing('no-entries', needInput('incidents'));

    // Months run from the first incident of any kind: a quiet month is a real zero once the
    // consultant has started recording incidents.
    const first = rows.map((row) => monthOf(row.openedAt)).sort()[0] ?? '';
    const months = monthsFrom(first, monthOf(input.referenceDate));
    if (months.length === 0) return missing('no-entries-in-range', needInput('incidents'));

    const counts = new Map(months.map((month) => [month, 0]));
    for (const row of rows) {
      const month = monthOf(row.openedAt);
      if (row.security && counts.has(month)) counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    const trend = months.map((period) => ({ period, value: counts.get(period) ?? 0 }));
    const recent = trend.slice(-RECENT_MONTHS).map((point) => point.value);
    return {
      value: mean(recent),
      basis: rows.filter((row) => row.security).length,
      evidence: [],
      trend,
    };
  },
};

export const criticalPatchDelay: KpiDefinition = {
  id: 'security.criticalPatchDelayDays',
  category: 'security',
  label: { fr: 'Délai de déploiement des correctifs critiques', en: 'Critical patch delay' },
  definition: {
    fr: 'Jours moyens entre la publication d’un correctif critique et son déploiement.',
    en: 'Mean days from a critical patch’s release to its deployment.',
  },
  unit: 'days',
  target: { direction: 'at-most', value: 7, amberLimit: 15, source: 'guide' },
  compute(input) {
    const rows = inputsOf(input).patches;
    if (rows.length === 0) return missing('no-entries', needInput('patches'));

    const points = rows.map((row) => ({
      month: monthOf(row.deployedOn),
      value: daysBetween(row.releasedOn, row.deployedOn),
    }));
    return {
      value: mean(points.map((p) => p.value)),
      basis: rows.length,
      evidence: [],
      trend: monthlyMeans(points),
    };
  },
};
