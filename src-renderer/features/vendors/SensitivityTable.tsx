import { useTranslation } from 'react-i18next';

import type { CriterionSensitivity } from '@core/grid/sensitivity';
import type { Grid } from '@core/grid/grid';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';

interface Props {
  grid: Grid;
  report: CriterionSensitivity[];
  locale: Locale;
}

/** Per criterion, the smallest share change that hands the win to someone else. */
export function SensitivityTable({ grid, report, locale }: Props) {
  const { t } = useTranslation();
  const name = (id: string) => grid.criteria.find((c) => c.id === id)?.label[locale] ?? id;
  const vendor = (id: string) => grid.vendors.find((v) => v.id === id)?.name ?? id;

  const change = (row: CriterionSensitivity): string => {
    if (row.status === 'flip' && row.nearest) {
      const delta = row.nearest.deltaPoints;
      return t('vendors.results.flip', {
        delta: `${delta > 0 ? '+' : ''}${formatNumber(delta, locale, 1)}`,
        share: formatNumber(row.nearest.sharePercent, locale, 1),
      });
    }
    const key = {
      flip: 'statusNone',
      none: 'statusNone',
      'no-clear-winner': 'statusNoClear',
      'no-rival': 'statusNoRival',
      'sole-criterion': 'statusSole',
    }[row.status];
    return t(`vendors.results.${key}`);
  };

  // Without a single winner (or a rival), every row would say the same: say it once.
  const decisive = report.some((row) => row.status === 'flip' || row.status === 'none');
  const blocked = decisive ? null : (report[0] ?? null);

  return (
    <section className="panel">
      <h2>{t('vendors.results.sensitivity')}</h2>
      <p className="muted">{t('vendors.results.sensitivityIntro')}</p>
      {blocked ? (
        <p className="grid-warning" data-testid="sensitivity-blocked">
          {change(blocked)}
        </p>
      ) : (
        <table className="simple-table" data-testid="sensitivity">
          <thead>
            <tr>
              <th>{t('vendors.criteria.criterion')}</th>
              <th className="right">{t('vendors.results.currentShare')}</th>
              <th>{t('vendors.results.change')}</th>
              <th>{t('vendors.results.newWinner')}</th>
            </tr>
          </thead>
          <tbody>
            {report
              .filter((row) => row.currentSharePercent > 0 || row.status === 'flip')
              .map((row) => (
                <tr key={row.criterionId} data-testid="sensitivity-row">
                  <td>{name(row.criterionId)}</td>
                  <td className="right">{formatNumber(row.currentSharePercent, locale, 1)} %</td>
                  <td>{change(row)}</td>
                  <td>{row.nearest ? vendor(row.nearest.newWinner) : '—'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
