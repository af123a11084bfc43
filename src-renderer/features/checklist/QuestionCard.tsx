// One question: the answer, its finding, comment, evidence, who answered and when.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ANSWER_VALUES, FINDING_TYPES } from '@core/checklist/answer';
import type { Answer, FindingType } from '@core/checklist/answer';
import type { Question } from '@core/checklist/catalogue-schema';
import type { Suggestion } from '@core/checklist/suggest';
import type { Engagement } from '@core/model/engagement';

import { formatDate } from '../../i18n/format';
import type { AttachmentInfo } from '../../store/attachments';
import { reportError } from '../engagements/actions';
import { inLanguage } from './catalogue';
import {
  applyAnswerPatch,
  clearAnswer,
  removeCustomQuestion,
  storeAnswer,
} from './checklist-store';
import type { AnswerPatch } from './checklist-store';
import { EvidenceEditor } from './EvidenceEditor';
import { SuggestionBox } from './SuggestionBox';
import type { DataFacts } from './use-suggestions';

interface Props {
  engagement: Engagement;
  question: Question;
  answer: Answer | undefined;
  suggestion: Suggestion | undefined;
  facts: DataFacts | undefined;
  attachments: AttachmentInfo[];
}

export function QuestionCard(props: Props) {
  const { engagement, question, answer, suggestion, facts, attachments } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  // A comment saved on blur and the click that caused the blur must not undo each other.
  const latest = useRef(answer);
  useEffect(() => {
    latest.current = answer;
  }, [answer]);

  const save = (patch: AnswerPatch) => {
    const next = applyAnswerPatch(engagement, question, latest.current, patch);
    if (!next) return;

    latest.current = next;
    storeAnswer(engagement, next).catch((error: unknown) => reportError(error, t));
  };

  return (
    <article className="panel question-card" data-testid={`question-${question.id}`}>
      <header className="question-head">
        <p className="question-text">
          {inLanguage(question.text, lang)}
          {question.origin === 'custom' ? (
            <span className="badge">{t('checklist.custom.badge')}</span>
          ) : null}
        </p>
        <span className="muted small" title={t('checklist.weightHelp')}>
          {t('checklist.weight', { weight: question.weight })}
        </span>
      </header>
      {inLanguage(question.guidance, lang) ? (
        <p className="muted small">{inLanguage(question.guidance, lang)}</p>
      ) : null}

      <div className="answer-choices" role="radiogroup" aria-label={t('checklist.answerLabel')}>
        {ANSWER_VALUES.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={answer?.value === value}
            className={answer?.value === value ? `answer-choice chosen ${value}` : 'answer-choice'}
            onClick={() => save({ value })}
            data-testid={`answer-${question.id}-${value}`}
          >
            {t(`checklist.values.${value}`)}
          </button>
        ))}
        {answer ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearAnswer(engagement, question).catch((error: unknown) => reportError(error, t));
            }}
          >
            {t('checklist.clear')}
          </button>
        ) : null}
      </div>

      {suggestion && facts ? (
        <SuggestionBox
          engagement={engagement}
          question={question}
          answer={answer}
          suggestion={suggestion}
          facts={facts}
        />
      ) : null}

      {answer ? (
        <div className="answer-details">
          {answer.value !== 'yes' ? (
            <label className="field">
              <span>{t('checklist.finding')}</span>
              <select
                value={answer.finding ?? ''}
                onChange={(e) => save({ finding: (e.target.value || null) as FindingType | null })}
                data-testid={`finding-${question.id}`}
              >
                <option value="">—</option>
                {FINDING_TYPES.map((finding) => (
                  <option key={finding} value={finding}>
                    {t(`checklist.findings.${finding}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field wide">
            <span>{t('checklist.comment')}</span>
            <textarea
              key={answer.answeredAt}
              defaultValue={answer.comment}
              rows={2}
              onBlur={(e) => {
                if (e.target.value !== answer.comment) save({ comment: e.target.value });
              }}
              data-testid={`comment-${question.id}`}
            />
          </label>
          <EvidenceEditor
            engagement={engagement}
            evidence={answer.evidence}
            attachments={attachments}
            kpis={facts?.kpis ?? []}
            onChange={(evidence) => save({ evidence })}
          />
          <p className="muted small" data-testid={`answered-${question.id}`}>
            {t('checklist.answeredBy', {
              who: answer.answeredBy || t('checklist.someone'),
              when: formatDate(answer.answeredAt, lang === 'en' ? 'en' : 'fr'),
            })}
          </p>
        </div>
      ) : null}

      {question.origin === 'custom' ? (
        <button
          type="button"
          className="link-button danger"
          onClick={() => {
            removeCustomQuestion(engagement, question.id).catch((error: unknown) =>
              reportError(error, t),
            );
          }}
        >
          {t('checklist.custom.remove')}
        </button>
      ) : null}
    </article>
  );
}
