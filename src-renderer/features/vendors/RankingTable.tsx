import { useTranslation } from 'react-i18next';

import type { GridEvaluation } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import type { EliminationReason } from '@core/grid/must-have';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';

interface Props {
  grid: Grid;
  evaluation: GridEvaluation;
  locale: Locale;
}

/** Contenders in rank order, then the eliminated vendors apart, each with why it is out. */
export function RankingTable({ grid, evaluation, locale }: Props) {
  const { t } = useTranslation();
  const nameOf = (id: string) => grid.vendors.find((v) => v.id === id)?.name ?? id;
  const scoreOf = (id: string) => evaluation.scores.find((s) => s.vendorId === id);
  const contenders = evaluation.ranking.vendors.filter((r) => !r.eliminated);
  const out = evaluation.eliminations.filter((e) => e.eliminated);

  const reason = (r: EliminationReason) => {
    const criterion = grid.criteria.find((c) => c.id === r.criterionId)?.label[locale] ?? '';
    const threshold = formatNumber(r.threshold, locale, 1);
    return r.kind === 'below-threshold'
      ? t('vendors.results.belowThreshold', {
          criterion,
          mean: formatNumber(r.mean, locale, 2),
          threshold,
        })
      : t('vendors.results.notScored', { criterion, threshold });
  };

  return (
    <section className="panel">
      <h2>{t('vendors.results.ranking')}</h2>
      <table className="simple-table" data-testid="ranking">
        <thead>
          <tr>
            <th>{t('vendors.results.rank')}</th>
            <th>{t('vendors.results.vendor')}</th>
            <th className="right">{t('vendors.results.score5')}</th>
            <th className="right">{t('vendors.results.score100')}</th>
            <th className="right">{t('vendors.results.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {contenders.map((row) => {
            const score = scoreOf(row.vendorId);
            return (
              <tr key={row.vendorId} data-testid="ranking-row">
                <td>
                  {row.rank}
                  {row.tied ? <span className="badge">{t('vendors.results.tied')}</span> : null}
                </td>
                <td>{nameOf(row.vendorId)}</td>
                <td className="right">{formatNumber(row.score5, locale, 2)}</td>
                <td className="right">{formatNumber(score?.score100 ?? 0, locale, 1)}</td>
                <td className="right">{formatNumber((score?.coverage ?? 0) * 100, locale, 0)} %</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {out.length > 0 ? (
        <div className="eliminated" data-testid="eliminated">
          <h3>{t('vendors.results.eliminated')}</h3>
          <ul>
            {out.map((e) => (
              <li key={e.vendorId}>
                <strong>{nameOf(e.vendorId)}</strong> — {e.reasons.map(reason).join(' ; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
