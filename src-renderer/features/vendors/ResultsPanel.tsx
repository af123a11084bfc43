import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { evaluateGrid } from '@core/grid/evaluate';
import type { Grid } from '@core/grid/grid';
import { sensitivityInputOf, sensitivityReport } from '@core/grid/sensitivity';
import { rankStability } from '@core/grid/stability';
import type { Locale } from '@core/model/engagement';

import { AgreementPanel } from './AgreementPanel';
import { RankingTable } from './RankingTable';
import { ResultCharts } from './ResultCharts';
import { SensitivityTable } from './SensitivityTable';
import { StabilityTable } from './StabilityTable';
import { WhatIfPanel } from './WhatIfPanel';

interface Props {
  grid: Grid;
  locale: Locale;
}

/** What the steering committee sees: ranking, charts, agreement, sensitivity and stability. */
export function ResultsPanel({ grid, locale }: Props) {
  const { t } = useTranslation();
  const evaluation = useMemo(() => evaluateGrid(grid), [grid]);
  const sensitivity = useMemo(
    () => sensitivityReport(sensitivityInputOf(evaluation)),
    [evaluation],
  );
  const stability = useMemo(() => rankStability(grid), [grid]);

  if (grid.scores.every((s) => s.value === null)) {
    return (
      <p className="panel muted" data-testid="results-empty">
        {t('vendors.results.noScores')}
      </p>
    );
  }

  return (
    <div className="results" data-testid="results">
      <RankingTable grid={grid} evaluation={evaluation} locale={locale} />
      <ResultCharts grid={grid} evaluation={evaluation} />
      <AgreementPanel grid={grid} evaluation={evaluation} locale={locale} />
      <SensitivityTable grid={grid} report={sensitivity} locale={locale} />
      <WhatIfPanel grid={grid} locale={locale} />
      <StabilityTable
        grid={grid}
        stability={stability}
        clearWinner={evaluation.ranking.leaders.length === 1}
      />
    </div>
  );
}
