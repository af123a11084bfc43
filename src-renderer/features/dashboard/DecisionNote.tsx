import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';
import type { SavingDecision } from '@core/savings';

import { decideSaving } from '../../kpi';
import { uiActions } from '../../state/ui-store';
import { reportError } from '../engagements/actions';

interface Props {
  engagement: Engagement;
  decision: SavingDecision;
}

/** The note on a decided recommendation: why it was rejected, what a deferred one waits for. */
export function DecisionNote({ engagement, decision }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState(decision.note);

  const save = () => {
    decideSaving(engagement.id, decision.id, decision.decision, note).then(
      () => uiActions.pushNotice({ kind: 'info', text: t('dashboard.savings.noteSaved') }),
      (error: unknown) => reportError(error, t),
    );
  };

  return (
    <div className="panel decision-note" data-testid="decision-note">
      <label>
        <span>
          {t('dashboard.savings.noteLabel')} · {t(`dashboard.savings.${decision.decision}`)}
        </span>
        <textarea
          value={note}
          maxLength={2000}
          rows={2}
          placeholder={t('dashboard.savings.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
          data-testid="decision-note-text"
        />
      </label>
      <button
        type="button"
        className="button"
        onClick={save}
        disabled={note.trim() === decision.note}
        data-testid="decision-note-save"
      >
        {t('dashboard.savings.noteSave')}
      </button>
    </div>
  );
}
