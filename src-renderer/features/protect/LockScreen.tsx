import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { LockVerifier } from '@core/privacy/app-lock';

import { checkLockPassphrase } from './app-lock-store';
import './protect.css';

interface Props {
  verifier: LockVerifier;
  onOpen: () => void;
}

/** The screen shown at start while the app is locked: one passphrase field, nothing else. */
export function LockScreen({ verifier, onOpen }: Props) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [checking, setChecking] = useState(false);
  const [wrong, setWrong] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const right = await checkLockPassphrase(verifier, passphrase);
    setChecking(false);

    if (right) {
      onOpen();
      return;
    }
    setWrong(true);
    setPassphrase('');
  };

  return (
    <main className="lock-screen" data-testid="lock-screen">
      <form className="protect-form" onSubmit={(event) => void submit(event)}>
        <h1>{t('protect.lock.title')}</h1>
        <p className="muted">{t('protect.lock.intro')}</p>
        <label>
          {t('protect.lock.passphrase')}
          <input
            type="password"
            required
            autoFocus
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="lock-passphrase"
          />
        </label>
        {wrong && (
          <p className="protect-error" role="alert" data-testid="lock-wrong">
            {t('protect.lock.wrong')}
          </p>
        )}
        <button type="submit" className="primary" disabled={checking} data-testid="lock-submit">
          {checking ? t('protect.lock.checking') : t('protect.lock.submit')}
        </button>
      </form>
    </main>
  );
}
