import { useTranslation } from 'react-i18next';

import { CRITERION_GROUPS } from '@core/grid/criterion';
import type { Criterion } from '@core/grid/criterion';
import { setWeightMode, updateCriterion } from '@core/grid/edit';
import type { Grid, WeightMode } from '@core/grid/grid';
import { normaliseWeights } from '@core/grid/weights';
import type { Locale } from '@core/model/engagement';

import { formatNumber } from '../../i18n/format';
import { NumberField } from './NumberField';

interface Props {
  grid: Grid;
  locale: Locale;
  save: (grid: Grid) => void;
}

/** Criteria grouped by theme, with their weight, share and must-have threshold. */
export function CriteriaPanel({ grid, locale, save }: Props) {
  const { t } = useTranslation();
  const weights = normaliseWeights(grid.weightMode, grid.criteria);
  const status = weights.status;

  return (
    <section className="panel" data-testid="criteria-panel">
      <div className="grid-toolbar">
        <span>{t('vendors.criteria.mode')}</span>
        {(['points', 'percent'] as WeightMode[]).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="weight-mode"
              checked={grid.weightMode === mode}
              onChange={() => save(setWeightMode(grid, mode))}
              data-testid={`weight-mode-${mode}`}
            />{' '}
            {t(`vendors.criteria.${mode}`)}
          </label>
        ))}
        <span className="muted" data-testid="weight-total">
          {t('vendors.criteria.total', { total: formatNumber(weights.total, locale, 2) })}
        </span>
      </div>

      {status.kind === 'percent-mismatch' ? (
        <p className="grid-warning" role="alert" data-testid="percent-warning">
          {t('vendors.criteria.percentMismatch', {
            total: formatNumber(status.total, locale, 2),
            missing: formatNumber(status.missingPoints, locale, 2),
          })}
        </p>
      ) : null}
      {status.kind === 'zero-total' ? (
        <p className="grid-warning" role="alert">
          {t('vendors.criteria.zeroTotal')}
        </p>
      ) : null}

      <table className="simple-table criteria-table">
        <thead>
          <tr>
            <th>{t('vendors.criteria.criterion')}</th>
            <th className="right">{t('vendors.criteria.weight')}</th>
            <th className="right">{t('vendors.criteria.share')}</th>
            <th>{t('vendors.criteria.mustHave')}</th>
            <th>{t('vendors.criteria.threshold')}</th>
          </tr>
        </thead>
        {CRITERION_GROUPS.map((group) => {
          const rows = grid.criteria.filter((c) => c.group === group);
          if (rows.length === 0) return null;
          return (
            <tbody key={group}>
              <tr className="group-row">
                <th colSpan={5}>{t(`vendors.groups.${group}`)}</th>
              </tr>
              {rows.map((criterion) => (
                <CriterionRow
                  key={criterion.id}
                  criterion={criterion}
                  share={weights.shares[criterion.id] ?? 0}
                  grid={grid}
                  locale={locale}
                  save={save}
                />
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

function CriterionRow({
  criterion,
  share,
  grid,
  locale,
  save,
}: Props & { criterion: Criterion; share: number }) {
  const { t } = useTranslation();
  const name = criterion.label[locale];
  const patch = (p: Parameters<typeof updateCriterion>[2]) =>
    save(updateCriterion(grid, criterion.id, p));

  return (
    <tr data-testid={`criterion-${criterion.id}`}>
      <td title={criterion.description[locale]}>{name}</td>
      <td className="right">
        <NumberField
          value={criterion.weight}
          label={t('vendors.criteria.weightOf', { name })}
          max={grid.weightMode === 'percent' ? 100 : undefined}
          onChange={(weight) => patch({ weight })}
          testId={`weight-${criterion.id}`}
        />
      </td>
      <td className="right muted">{formatNumber(share * 100, locale, 1)} %</td>
      <td>
        <input
          type="checkbox"
          aria-label={t('vendors.criteria.mustHave')}
          checked={criterion.mustHave !== null}
          onChange={(event) => patch({ mustHave: event.target.checked ? { threshold: 3 } : null })}
          data-testid={`must-have-${criterion.id}`}
        />
      </td>
      <td>
        {criterion.mustHave ? (
          <NumberField
            value={criterion.mustHave.threshold}
            label={t('vendors.criteria.thresholdOf', { name })}
            max={5}
            onChange={(threshold) => patch({ mustHave: { threshold } })}
            testId={`threshold-${criterion.id}`}
          />
        ) : null}
      </td>
    </tr>
  );
}
