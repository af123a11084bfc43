// Adds a question of the consultant's own to the current section, for this engagement only.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuestionWeight } from '@core/checklist/catalogue-schema';
import { newCustomQuestionId, restoreCustomQuestion } from '@core/checklist/custom-questions';
import type { SectionId } from '@core/checklist/ids';
import type { Engagement } from '@core/model/engagement';

import { reportError } from '../engagements/actions';
import { saveCustomQuestion } from './checklist-store';

export function CustomQuestionForm(props: { engagement: Engagement; sectionId: SectionId }) {
  const { engagement, sectionId } = props;
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [weight, setWeight] = useState<QuestionWeight>(2);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;

    // Written in the UI language; restore copies it into the other one.
    const language = i18n.language === 'en' ? 'en' : 'fr';
    const question = restoreCustomQuestion({
      id: newCustomQuestionId(),
      engagementId: engagement.id,
      sectionId,
      text: { fr: '', en: '', [language]: text.trim() },
      weight,
    });
    saveCustomQuestion(engagement, question)
      .then(() => setText(''))
      .catch((error: unknown) => reportError(error, t));
  };

  return (
    <form className="panel custom-form" onSubmit={submit}>
      <label className="field wide">
        <span>{t('checklist.custom.add')}</span>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('checklist.custom.placeholder')}
          data-testid="custom-question-text"
        />
      </label>
      <label className="field">
        <span>{t('checklist.custom.weight')}</span>
        <select
          value={weight}
          onChange={(e) => setWeight(Number(e.target.value) as QuestionWeight)}
        >
          {[1, 2, 3].map((w) => (
            <option key={w} value={w}>
              {t(`checklist.weights.${w}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="primary"
        disabled={!text.trim()}
        data-testid="custom-question-add"
      >
        {t('checklist.custom.submit')}
      </button>
    </form>
  );
}
