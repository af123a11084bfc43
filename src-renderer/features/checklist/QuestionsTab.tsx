// The seven sections on the left with their progress; the chosen section's questions on the right.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { useAttachments } from '../../store/hooks';
import { inLanguage } from './catalogue';
import { CustomQuestionForm } from './CustomQuestionForm';
import { QuestionCard } from './QuestionCard';
import type { ChecklistState } from './use-checklist';
import { useDataFacts } from './use-suggestions';

interface Props {
  engagement: Engagement;
  state: ChecklistState;
}

export function QuestionsTab({ engagement, state }: Props) {
  const { t, i18n } = useTranslation();
  const { catalogue, score, byQuestion } = state;
  const [sectionId, setSectionId] = useState(catalogue.sections[0].id);
  const facts = useDataFacts(engagement, catalogue);
  const attachments = useAttachments(engagement.id) ?? [];
  const section = catalogue.sections.find((s) => s.id === sectionId) ?? catalogue.sections[0];

  return (
    <div className="checklist-layout">
      <nav className="checklist-sections" aria-label={t('checklist.sections')}>
        {catalogue.sections.map((candidate, index) => {
          const { progress } = score.sections[index];
          return (
            <button
              key={candidate.id}
              type="button"
              className={candidate.id === section.id ? 'section-link active' : 'section-link'}
              onClick={() => setSectionId(candidate.id)}
              data-testid={`section-${candidate.id}`}
            >
              <span>{inLanguage(candidate.title, i18n.language)}</span>
              <span className="section-progress" data-testid={`progress-${candidate.id}`}>
                {progress.answered}/{progress.total}
              </span>
            </button>
          );
        })}
      </nav>
      <div className="checklist-questions">
        <h2>{inLanguage(section.title, i18n.language)}</h2>
        {section.questions.map((question) => (
          <QuestionCard
            key={question.id}
            engagement={engagement}
            question={question}
            answer={byQuestion.get(question.id)}
            suggestion={facts?.suggestions.get(question.id)}
            facts={facts}
            attachments={attachments}
          />
        ))}
        <CustomQuestionForm engagement={engagement} sectionId={section.id} />
      </div>
    </div>
  );
}
