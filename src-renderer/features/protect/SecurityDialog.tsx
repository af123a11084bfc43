import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphrase';
import type { PassphraseProblem } from './passphrase';
import { ProtectDialog } from './ProtectDialog';

interface Props {
  /** Whether a lock passphrase is set now. */
  locked: boolean;
  onSet: (passphrase: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

/** Sets, changes or removes the passphrase asked at start, and says what it does not do. */
export function SecurityDialog({ locked, onSet, onRemove, onCancel }: Props) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = passphraseProblem(passphrase, confirmation);
    setProblem(found);
    if (found === null) onSet(passphrase);
  };

  return (
    <ProtectDialog title={t('protect.security.title')} testId="security-dialog" onCancel={onCancel}>
      <form className="protect-form" onSubmit={submit}>
        <p data-testid="security-status">
          {t(locked ? 'protect.security.on' : 'protect.security.off')}
        </p>
        <p className="muted">{t('protect.security.scope')}</p>
        <label>
          {t('protect.security.passphrase')}
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="security-passphrase"
          />
        </label>
        <label>
          {t('protect.security.confirm')}
          <input
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
            data-testid="security-passphrase-confirm"
          />
        </label>
        <p className="muted">{t('protect.security.hint', { min: MIN_PASSPHRASE_LENGTH })}</p>
        {problem && (
          <p className="protect-error" role="alert" data-testid="security-problem">
            {t(`protect.export.${problem}`, { min: MIN_PASSPHRASE_LENGTH })}
          </p>
        )}

        <div className="dialog-actions">
          {locked && (
            <button type="button" onClick={onRemove} data-testid="security-remove">
              {t('protect.security.remove')}
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {t('protect.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="security-submit">
            {t(locked ? 'protect.security.change' : 'protect.security.set')}
          </button>
        </div>
      </form>
    </ProtectDialog>
  );
}
