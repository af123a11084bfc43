import { useTranslation } from 'react-i18next';

import { mostDisputedCriteria } from '@core/grid/aggregate';
import type { GridEvaluation } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';

interface Props {
  grid: Grid;
  evaluation: GridEvaluation;
  locale: Locale;
}

/** Mean and spread of each scored criterion per vendor, and where the panel disagrees most. */
export function AgreementPanel({ grid, evaluation, locale }: Props) {
  const { t } = useTranslation();
  const disputed = mostDisputedCriteria(evaluation.aggregates);
  const criterion = (id: string) => grid.criteria.find((c) => c.id === id)?.label[locale] ?? id;
  const vendor = (id: string) => grid.vendors.find((v) => v.id === id)?.name ?? id;
  const scored = grid.criteria.filter((c) =>
    grid.vendors.some((v) => (evaluation.aggregates[v.id]?.[c.id]?.count ?? 0) > 0),
  );
  const number = (value: number) => formatNumber(value, locale, 2);

  return (
    <section className="panel">
      <h2>{t('vendors.results.disputed')}</h2>
      {disputed.length === 0 ? <p className="muted">{t('vendors.results.noDispute')}</p> : null}
      <ol data-testid="disputed">
        {disputed.map((d) => (
          <li key={d.criterionId}>
            <strong>{criterion(d.criterionId)}</strong> —{' '}
            {t('vendors.results.spread', {
              spread: number(d.spread),
              vendor: vendor(d.vendorId),
              stdDev: number(d.stdDev),
            })}
          </li>
        ))}
      </ol>

      <h3>{t('vendors.results.means')}</h3>
      <div className="table-scroll">
        <table className="simple-table" data-testid="means">
          <thead>
            <tr>
              <th>{t('vendors.criteria.criterion')}</th>
              {grid.vendors.map((v) => (
                <th key={v.id} className="right">
                  {v.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scored.map((c) => (
              <tr key={c.id}>
                <td>{c.label[locale]}</td>
                {grid.vendors.map((v) => {
                  const cell = evaluation.aggregates[v.id]?.[c.id];
                  return (
                    <td key={v.id} className="right">
                      {cell?.mean == null ? '—' : number(cell.mean)}
                      {cell && cell.spread > 0 ? (
                        <span className="muted small"> ±{number(cell.spread)}</span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
