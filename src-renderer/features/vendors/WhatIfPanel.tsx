import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { whatIfWeight } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';

interface Props {
  grid: Grid;
  locale: Locale;
}

/** A slider on one criterion's weight, with the ranking recomputed as it moves. */
export function WhatIfPanel({ grid, locale }: Props) {
  const { t } = useTranslation();
  const [criterionId, setCriterionId] = useState<string>(grid.criteria[0]?.id ?? '');
  const criterion = grid.criteria.find((c) => c.id === criterionId) ?? grid.criteria[0];
  const [weight, setWeight] = useState<number | null>(null);
  if (!criterion) return null;

  const simulated = weight ?? criterion.weight;
  const max =
    grid.weightMode === 'percent' ? 100 : Math.max(10, ...grid.criteria.map((c) => c.weight * 2));
  const result = whatIfWeight(grid, criterion.id, simulated);
  const name = (id: string) => grid.vendors.find((v) => v.id === id)?.name ?? id;
  const afterRank = new Map(result.changes.map((c) => [c.vendorId, c]));
  const ordered = result.scenario.ranking.vendors;

  return (
    <section className="panel" data-testid="what-if">
      <h2>{t('vendors.results.whatIf')}</h2>
      <p className="muted">{t('vendors.results.whatIfIntro')}</p>
      <div className="grid-toolbar">
        <label>
          {t('vendors.results.whatIfCriterion')}{' '}
          <select
            value={criterion.id}
            onChange={(e) => {
              setCriterionId(e.target.value);
              setWeight(null);
            }}
            data-testid="what-if-criterion"
          >
            {grid.criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className="what-if-slider">
          {t('vendors.results.whatIfWeight', { weight: formatNumber(simulated, locale, 1) })}
          <input
            type="range"
            min={0}
            max={max}
            step={0.5}
            value={simulated}
            onChange={(e) => setWeight(Number(e.target.value))}
            data-testid="what-if-slider"
          />
        </label>
      </div>
      <p className={result.winnerChanged ? 'grid-warning' : 'muted'} data-testid="what-if-verdict">
        {t(result.winnerChanged ? 'vendors.results.whatIfChanged' : 'vendors.results.whatIfSame')}
      </p>
      <table className="simple-table">
        <thead>
          <tr>
            <th>{t('vendors.results.vendor')}</th>
            <th className="right">{t('vendors.results.before')}</th>
            <th className="right">{t('vendors.results.after')}</th>
            <th className="right">{t('vendors.results.score5')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={row.vendorId} data-testid="what-if-row">
              <td>{name(row.vendorId)}</td>
              <td className="right">
                {afterRank.get(row.vendorId)?.before ?? t('vendors.results.out')}
              </td>
              <td className="right">{row.rank ?? t('vendors.results.out')}</td>
              <td className="right">{formatNumber(row.score5, locale, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
