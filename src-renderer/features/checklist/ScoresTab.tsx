// Scores per section and overall, the maturity level, the formula, and the radar by section.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { maturityBand } from '@core/checklist/maturity';
import { checklistRadarOption } from '@core/charts/checklist-radar';
import type { Engagement } from '@core/model/engagement';

import { Chart } from '../../components/Chart';
import { formatNumber } from '../../i18n/format';
import { inLanguage } from './catalogue';
import type { ChecklistState } from './use-checklist';

interface Props {
  engagement: Engagement;
  state: ChecklistState;
}

export function ScoresTab({ engagement, state }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const locale = engagement.locale;
  const { catalogue, score } = state;
  const band = maturityBand(score.overall);
  const provisional = score.progress.answered < score.progress.total;
  const shown = (value: number | null) => (value === null ? '—' : formatNumber(value, locale));

  const option = useMemo(
    () =>
      checklistRadarOption(
        catalogue.sections.map((section, i) => ({
          label: inLanguage(section.title, lang),
          score: score.sections[i].score,
        })),
        { series: t('checklist.scores.series'), notScored: t('checklist.scores.notScored') },
        engagement.brandPrimary,
      ),
    [catalogue, score, lang, t, engagement.brandPrimary],
  );

  return (
    <div className="checklist-scores">
      <div className="tiles">
        <div className="tile" data-testid="overall-score">
          <span className="tile-value">{shown(score.overall)}</span>
          <span className="tile-label">{t('checklist.scores.overall')}</span>
        </div>
        <div className="tile" data-testid="maturity">
          <span className="tile-value">{band ? band.level : '—'}</span>
          <span className="tile-label">
            {band ? inLanguage(band.label, lang) : t('checklist.scores.noLevel')}
            {band && provisional ? ` · ${t('checklist.scores.provisional')}` : ''}
          </span>
        </div>
        <div className="tile" data-testid="overall-progress">
          <span className="tile-value">
            {score.progress.answered}/{score.progress.total}
          </span>
          <span className="tile-label">{t('checklist.scores.progress')}</span>
        </div>
      </div>
      <div className="panel formula">
        <h2>{t('checklist.scores.formulaTitle')}</h2>
        <p className="mono">{t('checklist.scores.formula')}</p>
        <p className="muted small">{t('checklist.scores.formulaNotes')}</p>
        <p className="muted small">{t('checklist.scores.maturityNotes')}</p>
      </div>
      <div className="scores-grid">
        <table className="simple-table" data-testid="section-scores">
          <thead>
            <tr>
              <th>{t('checklist.scores.section')}</th>
              <th className="right">{t('checklist.scores.progress')}</th>
              <th className="right">{t('checklist.scores.points')}</th>
              <th className="right">{t('checklist.scores.score')}</th>
            </tr>
          </thead>
          <tbody>
            {catalogue.sections.map((section, i) => {
              const s = score.sections[i];
              return (
                <tr key={section.id} data-testid={`score-${section.id}`}>
                  <td>{inLanguage(section.title, lang)}</td>
                  <td className="right">
                    {s.progress.answered}/{s.progress.total}
                  </td>
                  <td className="right">
                    {formatNumber(s.earned, locale, 1)} / {formatNumber(s.possible, locale)}
                  </td>
                  <td className="right" data-testid="section-score">
                    {shown(s.score)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="panel">
          <Chart option={option} height={340} label={t('checklist.scores.radar')} testId="radar" />
        </div>
      </div>
    </div>
  );
}
