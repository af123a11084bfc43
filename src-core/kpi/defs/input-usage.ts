import type { SurveyRow } from '../inputs/schemas';
import { inputsOf, missing, needInput, percent, sum } from '../results';
import type { KpiDefinition, TrendPoint } from '../types';

/** First month of the survey's quarter: surveys of one quarter form one measure. */
function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}`;
}

/** Respondent-weighted mean score out of 10 per quarter, oldest first. */
function quarterlyScores(rows: readonly SurveyRow[]): TrendPoint[] {
  const byQuarter = new Map<string, { points: number; respondents: number }>();
  for (const row of rows) {
    const quarter = quarterOf(row.date);
    const current = byQuarter.get(quarter) ?? { points: 0, respondents: 0 };
    current.points += ((row.score * 10) / row.scale) * row.respondents;
    current.respondents += row.respondents;
    byQuarter.set(quarter, current);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, q]) => ({ period, value: q.points / q.respondents }));
}

export const userSatisfaction: KpiDefinition = {
  id: 'usage.satisfactionScore',
  category: 'usage',
  label: { fr: 'Satisfaction des utilisateurs', en: 'User satisfaction' },
  definition: {
    fr: 'Note de la dernière enquête trimestrielle, ramenée sur 10.',
    en: 'Score of the latest quarterly survey, out of 10.',
  },
  unit: 'score-of-10',
  target: { direction: 'at-least', value: 7, amberLimit: 5, source: 'fleetaudit' },
  compute(input) {
    const all = inputsOf(input).surveys;
    if (all.length === 0) return missing('no-entries', needInput('surveys'));
    const rows = all.filter((row) => row.date <= input.referenceDate);
    const trend = quarterlyScores(rows);
    const latest = trend.at(-1);
    if (latest === undefined) return missing('no-entries-in-range', needInput('surveys'));

    const previous = trend.at(-2);
    const latestRows = rows.filter((row) => quarterOf(row.date) === latest.period);
    return {
      value: latest.value,
      basis: sum(latestRows.map((row) => row.respondents)),
      evidence: [],
      trend,
      breakdown: previous ? { changeSincePrevious: latest.value - previous.value } : undefined,
    };
  },
};

export const appAdoption: KpiDefinition = {
  id: 'usage.appAdoptionRate',
  category: 'usage',
  label: { fr: 'Adoption des applications métier', en: 'Business app adoption' },
  definition: {
    fr: 'Part des utilisateurs éligibles qui utilisent les applications métier déployées.',
    en: 'Share of eligible users who use the business apps deployed.',
  },
  unit: 'percent',
  target: { direction: 'at-least', value: 70, amberLimit: 50, source: 'fleetaudit' },
  compute(input) {
    const rows = inputsOf(input).adoption;
    if (rows.length === 0) return missing('no-entries', needInput('adoption'));

    const eligible = sum(rows.map((row) => row.eligible));
    const breakdown: Record<string, number> = {};
    for (const row of rows) breakdown[row.app] = percent(row.active, row.eligible);
    return {
      value: percent(sum(rows.map((row) => row.active)), eligible),
      basis: eligible,
      evidence: [],
      breakdown,
    };
  },
};
