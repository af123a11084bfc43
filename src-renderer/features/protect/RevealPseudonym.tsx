import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { EngagementId } from '@core/model/ids';
import type { Revealed } from '@core/privacy/reverse-table';

import { getDb } from '../../store/db';
import { revealInEngagement } from '../../tasks/engagement-file-reverse-table';
import { reportError } from '../engagements/actions';

interface Props {
  engagementId: EngagementId;
}

/** Finds the value behind a pseudonym read in a deliverable, with this engagement's key. */
export function RevealPseudonym({ engagementId }: Props) {
  const { t } = useTranslation();
  const [pseudonym, setPseudonym] = useState('');
  const [result, setResult] = useState<Revealed | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pseudonym.trim() === '') return;

    // One entry to open: quick enough for the UI thread, and no worker round trip needed.
    revealInEngagement(getDb(), engagementId, pseudonym)
      .then(setResult)
      .catch((error: unknown) => reportError(error, t));
  };

  return (
    <form className="protect-reveal" onSubmit={submit} data-testid="reveal-pseudonym">
      <label>
        {t('protect.reveal.label')}{' '}
        <input
          value={pseudonym}
          onChange={(event) => {
            setPseudonym(event.target.value);
            setResult(null);
          }}
          spellCheck={false}
          data-testid="reveal-input"
        />
      </label>{' '}
      <button type="submit">{t('protect.reveal.submit')}</button>
      {result !== null && (
        <p role="status" data-testid="reveal-result">
          {result.status === 'found' ? result.value : t(`protect.reveal.${result.status}`)}
        </p>
      )}
      <p className="muted">{t('protect.reveal.hint')}</p>
    </form>
  );
}
