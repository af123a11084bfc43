import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CRITERION_GROUPS } from '@core/grid/criterion';
import { scoreAt, updateScore } from '@core/grid/edit';
import type { ScoreCell } from '@core/grid/edit';
import type { Grid } from '@core/grid/grid';
import type { Engagement } from '@core/model/engagement';

import { EvidenceCell } from './EvidenceCell';
import { RationaleField } from './RationaleField';

interface Props {
  grid: Grid;
  engagement: Engagement;
  save: (grid: Grid) => void;
}

/** Half points are the finest grain a committee uses; the select avoids typing mistakes. */
const STEPS = Array.from({ length: 11 }, (_, i) => i / 2);

/** Score entry for one evaluator and one vendor: a score, rationale and evidence per criterion. */
export function ScoresPanel({ grid, engagement, save }: Props) {
  const { t } = useTranslation();
  const [evaluatorId, setEvaluatorId] = useState<string>(grid.evaluators[0]?.id ?? '');
  const [vendorId, setVendorId] = useState<string>(grid.vendors[0]?.id ?? '');
  const locale = engagement.locale;

  const evaluator = grid.evaluators.find((e) => e.id === evaluatorId) ?? grid.evaluators[0];
  const vendor = grid.vendors.find((v) => v.id === vendorId) ?? grid.vendors[0];
  if (!evaluator || !vendor) {
    return <p className="panel muted">{t('vendors.participants.noEvaluator')}</p>;
  }

  const cellOf = (criterionId: ScoreCell['criterionId']): ScoreCell => ({
    evaluatorId: evaluator.id,
    vendorId: vendor.id,
    criterionId,
  });
  const done = grid.criteria.filter((c) => scoreAt(grid, cellOf(c.id)).value !== null).length;

  return (
    <section className="panel" data-testid="scores-panel">
      <div className="grid-toolbar">
        <label>
          {t('vendors.scores.evaluator')}{' '}
          <select
            value={evaluator.id}
            onChange={(e) => setEvaluatorId(e.target.value)}
            data-testid="score-evaluator"
          >
            {grid.evaluators.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('vendors.scores.vendor')}{' '}
          <select
            value={vendor.id}
            onChange={(e) => setVendorId(e.target.value)}
            data-testid="score-vendor"
          >
            {grid.vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {t('vendors.scores.scored', { done, total: grid.criteria.length })}
        </span>
      </div>

      <table className="simple-table scores-table">
        <thead>
          <tr>
            <th>{t('vendors.criteria.criterion')}</th>
            <th>{t('vendors.scores.score')}</th>
            <th>{t('vendors.scores.rationale')}</th>
            <th>{t('vendors.scores.evidence')}</th>
          </tr>
        </thead>
        {CRITERION_GROUPS.map((group) => {
          const rows = grid.criteria.filter((c) => c.group === group);
          if (rows.length === 0) return null;
          return (
            <tbody key={group}>
              <tr className="group-row">
                <th colSpan={4}>{t(`vendors.groups.${group}`)}</th>
              </tr>
              {rows.map((criterion) => {
                const cell = cellOf(criterion.id);
                const score = scoreAt(grid, cell);
                const name = criterion.label[locale];
                return (
                  <tr key={criterion.id}>
                    <td>
                      {name}
                      {criterion.mustHave ? (
                        <span className="badge">≥ {criterion.mustHave.threshold}</span>
                      ) : null}
                    </td>
                    <td>
                      <select
                        aria-label={t('vendors.scores.scoreOf', { name })}
                        value={score.value === null ? '' : String(score.value)}
                        onChange={(e) => {
                          const value = e.target.value === '' ? null : Number(e.target.value);
                          save(updateScore(grid, cell, { value }));
                        }}
                        data-testid={`score-${criterion.id}`}
                      >
                        <option value="">{t('vendors.scores.none')}</option>
                        {STEPS.map((step) => (
                          <option key={step} value={String(step)}>
                            {step.toLocaleString(locale)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <RationaleField
                        key={`${evaluator.id}-${vendor.id}-${criterion.id}`}
                        value={score.rationale}
                        label={t('vendors.scores.rationaleOf', { name })}
                        onCommit={(rationale) => save(updateScore(grid, cell, { rationale }))}
                      />
                    </td>
                    <td>
                      <EvidenceCell
                        engagementId={engagement.id}
                        refs={score.evidence}
                        onChange={(evidence) => save(updateScore(grid, cell, { evidence }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}
