// Compares this audit with an earlier one imported from its checklist export.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { compareAudits } from '@core/checklist/comparison';
import type { QuestionChange, QuestionComparison } from '@core/checklist/comparison';
import { indexQuestions } from '@core/checklist/catalogue';
import { mergeCustomQuestions } from '@core/checklist/custom-questions';
import type { QuestionId } from '@core/checklist/ids';
import type { Engagement } from '@core/model/engagement';

import { formatDate, formatNumber } from '../../i18n/format';
import { usePlatform } from '../../platform';
import { useRecord } from '../../store/hooks';
import { reportError } from '../engagements/actions';
import { inLanguage, SHIPPED_CATALOGUE } from './catalogue';
import {
  clearPrevious,
  PREVIOUS_ID,
  PREVIOUS_KIND,
  restorePreviousRecord,
} from './checklist-store';
import { exportChecklist, importPrevious } from './comparison-io';
import type { ChecklistState } from './use-checklist';

const LISTED: QuestionChange[] = ['improved', 'regressed'];

function trend(delta: number | null): string {
  if (delta === null || delta === 0) return '';
  return delta < 0 ? 'worse' : 'better';
}

export function ComparisonTab({
  engagement,
  state,
}: {
  engagement: Engagement;
  state: ChecklistState;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const platform = usePlatform();
  const previous = useRecord(engagement.id, PREVIOUS_KIND, PREVIOUS_ID, restorePreviousRecord);

  const comparison = useMemo(() => {
    if (!previous) return null;
    const before = mergeCustomQuestions(SHIPPED_CATALOGUE, previous.customQuestions).catalogue;
    return compareAudits(
      { catalogue: before, answers: previous.answers },
      { catalogue: state.catalogue, answers: state.answers },
    );
  }, [previous, state]);

  const questions = useMemo(() => {
    const before = previous
      ? mergeCustomQuestions(SHIPPED_CATALOGUE, previous.customQuestions)
      : null;
    return new Map([
      ...(before ? indexQuestions(before.catalogue) : []),
      ...indexQuestions(state.catalogue),
    ]);
  }, [previous, state.catalogue]);

  const points = (value: number | null) =>
    value === null ? '—' : formatNumber(value, engagement.locale);
  const delta = (value: number | null) =>
    value === null ? '—' : `${value > 0 ? '+' : ''}${formatNumber(value, engagement.locale)}`;
  const questionText = (id: string) => {
    const placed = questions.get(id as QuestionId);
    return placed ? inLanguage(placed.question.text, lang) : id;
  };
  const changeLabel = (q: QuestionComparison) => {
    const before = t(`checklist.values.${q.before ?? 'na'}`);
    const after = t(`checklist.values.${q.after ?? 'na'}`);
    const change = t(`checklist.compare.${q.change}`);
    return `${change} · ${questionText(q.questionId)} (${before} → ${after})`;
  };
  const run = (work: () => Promise<unknown>) => () => {
    work().catch((error: unknown) => reportError(error, t));
  };

  return (
    <div className="checklist-compare">
      <div className="panel compare-actions">
        <p className="muted">{t('checklist.compare.intro')}</p>
        <button
          type="button"
          onClick={run(() => exportChecklist(platform, engagement, state, t))}
          data-testid="checklist-export"
        >
          {t('checklist.compare.export')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={run(() => importPrevious(platform, engagement))}
          data-testid="checklist-import-previous"
        >
          {t('checklist.compare.import')}
        </button>
        {previous ? (
          <button
            type="button"
            className="link-button"
            onClick={run(() => clearPrevious(engagement))}
          >
            {t('checklist.compare.forget')}
          </button>
        ) : null}
      </div>
      {previous && comparison ? (
        <>
          <p data-testid="previous-audit">
            {t('checklist.compare.against', {
              name: previous.engagementName,
              date: formatDate(previous.exportedAt || null, engagement.locale),
            })}
          </p>
          <table className="simple-table" data-testid="comparison-table">
            <thead>
              <tr>
                <th>{t('checklist.scores.section')}</th>
                <th className="right">{t('checklist.compare.before')}</th>
                <th className="right">{t('checklist.compare.after')}</th>
                <th className="right">{t('checklist.compare.delta')}</th>
                <th>{t('checklist.compare.changes')}</th>
              </tr>
            </thead>
            <tbody>
              <tr className="overall-row" data-testid="comparison-overall">
                <td>{t('checklist.scores.overall')}</td>
                <td className="right">{points(comparison.overall.before)}</td>
                <td className="right">{points(comparison.overall.after)}</td>
                <td className="right">{delta(comparison.overall.delta)}</td>
                <td />
              </tr>
              {comparison.sections.map((section) => (
                <tr key={section.sectionId} data-testid={`comparison-${section.sectionId}`}>
                  <td>{inLanguage(section.title, lang)}</td>
                  <td className="right">{points(section.before)}</td>
                  <td className="right">{points(section.after)}</td>
                  <td className={`right ${trend(section.delta)}`}>{delta(section.delta)}</td>
                  <td>
                    <ul className="change-list">
                      {section.questions
                        .filter((q) => LISTED.includes(q.change))
                        .map((q) => (
                          <li key={q.questionId} className={q.change}>
                            {changeLabel(q)}
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">{t('checklist.compare.none')}</p>
      )}
    </div>
  );
}
