import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FEEDBACK_STATUSES, SEVERITIES } from '@core/method/pilot';
import type { FeedbackItem, FeedbackStatus, Pilot, Severity } from '@core/method/pilot';

import { CommitInput } from './CommitInput';

interface Props {
  pilot: Pilot;
  onSave: (pilot: Pilot) => Promise<void>;
}

/** What the panel reported, each with a severity and where its handling stands. */
export function PilotFeedback({ pilot, onSave }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [emptyText, setEmptyText] = useState<string | null>(null);

  const update = (id: string, patch: Partial<FeedbackItem>) =>
    void onSave({
      ...pilot,
      feedback: pilot.feedback.map((item) => (item.id === id ? { ...item, ...patch } : item)),
    });

  const add = () => {
    setEmptyText(text.trim() ? null : 'new');
    if (!text.trim()) return;
    const item: FeedbackItem = {
      id: crypto.randomUUID(),
      text: text.trim(),
      severity,
      status: 'open',
    };
    void onSave({ ...pilot, feedback: [...pilot.feedback, item] });
    setText('');
  };

  return (
    <section className="panel" data-testid="pilot-feedback">
      <h2>{t('method.pilot.feedback')}</h2>
      {pilot.feedback.length > 0 && (
        <table className="simple-table">
          <thead>
            <tr>
              <th>{t('method.pilot.feedbackText')}</th>
              <th>{t('method.pilot.severity')}</th>
              <th>{t('method.pilot.status')}</th>
            </tr>
          </thead>
          <tbody>
            {pilot.feedback.map((item) => (
              <tr key={item.id} data-testid="feedback-row" className={`severity-${item.severity}`}>
                <td>
                  <CommitInput
                    className="method-why"
                    value={item.text}
                    aria-label={t('method.pilot.feedbackText')}
                    aria-invalid={emptyText === item.id}
                    onCommit={(value) => {
                      // Emptying the text is refused rather than read as deleting the item.
                      setEmptyText(value.trim() ? null : item.id);
                      if (value.trim()) update(item.id, { text: value.trim() });
                    }}
                    data-testid="feedback-edit-text"
                  />
                  {emptyText === item.id && (
                    <span className="method-warning" role="alert">
                      {t('method.edit.textRequired')}
                    </span>
                  )}
                </td>
                <td>
                  <select
                    value={item.severity}
                    aria-label={t('method.pilot.severity')}
                    onChange={(e) => update(item.id, { severity: e.target.value as Severity })}
                  >
                    {SEVERITIES.map((option) => (
                      <option key={option} value={option}>
                        {t(`method.severity.${option}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    value={item.status}
                    aria-label={t('method.pilot.status')}
                    onChange={(e) => update(item.id, { status: e.target.value as FeedbackStatus })}
                    data-testid="feedback-status"
                  >
                    {FEEDBACK_STATUSES.map((option) => (
                      <option key={option} value={option}>
                        {t(`method.feedbackStatus.${option}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="method-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          className="method-why"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('method.pilot.feedbackText')}
          aria-label={t('method.pilot.feedbackText')}
          data-testid="feedback-text"
        />
        <select
          value={severity}
          onChange={(e) => setSeverity(e.target.value as Severity)}
          aria-label={t('method.pilot.severity')}
          data-testid="feedback-severity"
        >
          {SEVERITIES.map((option) => (
            <option key={option} value={option}>
              {t(`method.severity.${option}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button" data-testid="feedback-add">
          {t('method.pilot.addFeedback')}
        </button>
        {emptyText === 'new' && (
          <span className="method-warning" role="alert">
            {t('method.edit.textRequired')}
          </span>
        )}
      </form>
    </section>
  );
}
