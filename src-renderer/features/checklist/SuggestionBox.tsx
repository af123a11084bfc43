// What the data suggests for a question, the figure it rests on and the rows behind it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Answer, Evidence } from '@core/checklist/answer';
import type { Question } from '@core/checklist/catalogue-schema';
import type { Suggestion } from '@core/checklist/suggest';
import type { Engagement } from '@core/model/engagement';

import { useImports } from '../../store/hooks';
import { reportError } from '../engagements/actions';
import { saveAnswer } from './checklist-store';
import { formatFigure } from './figures';
import type { DataFacts } from './use-suggestions';

interface Props {
  engagement: Engagement;
  question: Question;
  answer: Answer | undefined;
  suggestion: Suggestion;
  facts: DataFacts;
}

/** Rows listed inline; beyond that the count is given and the data screen has the rest. */
const ROWS_SHOWN = 50;

export function SuggestionBox({ engagement, question, answer, suggestion, facts }: Props) {
  const { t } = useTranslation();
  const [showRows, setShowRows] = useState(false);
  const imports = useImports(engagement.id) ?? [];
  const figure = formatFigure(suggestion, engagement);
  const state = !answer ? 'pending' : answer.value === suggestion.value ? 'agreed' : 'overridden';

  const confirm = () => {
    const source = imports.filter((i) => i.dataset === suggestion.dataset).at(-1);
    const link: Evidence | null = suggestion.kpiId
      ? { kind: 'kpi', kpiId: suggestion.kpiId }
      : source
        ? { kind: 'dataset', importId: source.id, dataset: suggestion.dataset, note: figure }
        : null;
    const evidence = [...(answer?.evidence ?? [])];
    if (link && !evidence.some((e) => JSON.stringify(e) === JSON.stringify(link))) {
      evidence.push(link);
    }

    const comment = answer?.comment || t(`checklist.hints.${suggestion.hint}`, { figure });
    saveAnswer(engagement, question, answer, { value: suggestion.value, evidence, comment }).catch(
      (error: unknown) => reportError(error, t),
    );
  };

  return (
    <div
      className={`suggestion ${state}`}
      data-testid={`suggestion-${question.id}`}
      data-figure={suggestion.figure}
    >
      <p>
        <strong>{t('checklist.suggestion.title')}</strong>{' '}
        <span className={`badge answer-${suggestion.value}`} data-testid="suggested-value">
          {t(`checklist.values.${suggestion.value}`)}
        </span>{' '}
        <span data-testid="suggestion-text">
          {t(`checklist.hints.${suggestion.hint}`, { figure })}
        </span>{' '}
        <span className="muted small">
          {t('checklist.suggestion.basis', { count: suggestion.basis })}
        </span>
      </p>
      <div className="suggestion-actions">
        {state === 'agreed' ? (
          <span className="muted small">{t('checklist.suggestion.confirmed')}</span>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={confirm}
            data-testid={`confirm-${question.id}`}
          >
            {t('checklist.suggestion.confirm')}
          </button>
        )}
        {state === 'overridden' ? (
          <span className="muted small">{t('checklist.suggestion.overridden')}</span>
        ) : null}
        {suggestion.rows.length > 0 ? (
          <button type="button" className="link-button" onClick={() => setShowRows(!showRows)}>
            {t(`checklist.suggestion.rows-${suggestion.dataset}`, {
              count: suggestion.rows.length,
            })}
          </button>
        ) : null}
      </div>
      {showRows ? (
        <ul className="suggestion-rows" data-testid={`rows-${question.id}`}>
          {suggestion.rows.slice(0, ROWS_SHOWN).map((key) => (
            <li key={key}>
              <span className="mono">{key}</span>{' '}
              <span className="muted">{facts.describe(suggestion.dataset, key)}</span>
            </li>
          ))}
          {suggestion.rows.length > ROWS_SHOWN ? (
            <li className="muted">
              {t('checklist.suggestion.more', { count: suggestion.rows.length - ROWS_SHOWN })}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
