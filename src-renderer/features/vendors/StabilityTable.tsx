import { useTranslation } from 'react-i18next';

import type { Grid } from '@core/grid/grid';
import type { RankStability } from '@core/grid/stability';

interface Props {
  grid: Grid;
  stability: RankStability;
  /** False when vendors tie for first place: there is no winner to keep or lose. */
  clearWinner: boolean;
}

/** Each vendor's rank now, and at worst and best if every score were one point off. */
export function StabilityTable({ grid, stability, clearWinner }: Props) {
  const { t } = useTranslation();
  const name = (id: string) => grid.vendors.find((v) => v.id === id)?.name ?? id;
  const rank = (value: number | null) => value ?? t('vendors.results.out');

  const verdict = !clearWinner
    ? 'vendors.results.statusNoClear'
    : stability.winnerCanChange
      ? 'vendors.results.canChange'
      : 'vendors.results.stable';

  return (
    <section className="panel" data-testid="stability">
      <h2>{t('vendors.results.stability')}</h2>
      <p className={stability.winnerCanChange || !clearWinner ? 'grid-warning' : 'muted'}>
        {t(verdict)}
      </p>
      <table className="simple-table">
        <thead>
          <tr>
            <th>{t('vendors.results.vendor')}</th>
            <th className="right">{t('vendors.results.rank')}</th>
            <th className="right">{t('vendors.results.worst')}</th>
            <th className="right">{t('vendors.results.best')}</th>
          </tr>
        </thead>
        <tbody>
          {stability.vendors.map((row) => (
            <tr key={row.vendorId}>
              <td>{name(row.vendorId)}</td>
              <td className="right">{rank(row.rank)}</td>
              <td className="right">{rank(row.worstRank)}</td>
              <td className="right">{rank(row.bestRank)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
