import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EngagementId } from '@core/model/ids';

import {
  BACKUPS_KEPT_MAX,
  BACKUPS_KEPT_MIN,
  backupsKept,
  setBackupsKept,
} from '../../store/backups';
import { getDb } from '../../store/db';
import { reportError } from '../engagements/actions';

interface Props {
  engagementId: EngagementId;
}

const inRange = (value: number) =>
  Number.isInteger(value) && value >= BACKUPS_KEPT_MIN && value <= BACKUPS_KEPT_MAX;

/** How many backups the engagement keeps; the change applies at the next backup. */
export function BackupRetention({ engagementId }: Props) {
  const { t } = useTranslation();
  const kept = useLiveQuery(() => backupsKept(getDb(), engagementId), [engagementId]);
  // What is being typed, until it is a valid count worth saving.
  const [draft, setDraft] = useState<string | null>(null);

  if (kept === undefined) return null;

  const change = (text: string) => {
    setDraft(text);
    const value = Number(text);
    if (!inRange(value)) return;

    setBackupsKept(getDb(), engagementId, value)
      .then(() => setDraft(null))
      .catch((error: unknown) => reportError(error, t));
  };

  return (
    <p>
      <label>
        {t('protect.backups.kept')}{' '}
        <input
          type="number"
          min={BACKUPS_KEPT_MIN}
          max={BACKUPS_KEPT_MAX}
          step={1}
          className="protect-kept"
          value={draft ?? String(kept)}
          onChange={(event) => change(event.target.value)}
          onBlur={() => setDraft(null)}
          aria-invalid={draft !== null && !inRange(Number(draft))}
          data-testid="backup-kept"
        />
      </label>{' '}
      <span className="muted">
        {t('protect.backups.keptHint', { min: BACKUPS_KEPT_MIN, max: BACKUPS_KEPT_MAX })}
      </span>
    </p>
  );
}
