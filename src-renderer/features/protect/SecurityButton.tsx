import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { reportError } from '../engagements/actions';
import { uiActions } from '../../state/ui-store';
import { readLockVerifier, removeLock, setLockPassphrase } from './app-lock-store';
import { SecurityDialog } from './SecurityDialog';

/** The home's "Security" button and its dialog for the passphrase asked at start. */
export function SecurityButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ locked: boolean } | null>(null);

  const show = async () => {
    try {
      setOpen({ locked: (await readLockVerifier()) !== null });
    } catch (error) {
      reportError(error, t);
    }
  };

  const apply = async (change: () => Promise<void>, done: string) => {
    setOpen(null);
    try {
      await change();
      uiActions.pushNotice({ kind: 'info', text: t(done) });
    } catch (error) {
      reportError(error, t);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void show()} data-testid="security-open">
        {t('protect.security.button')}
      </button>
      {open && (
        <SecurityDialog
          locked={open.locked}
          onSet={(passphrase) =>
            void apply(() => setLockPassphrase(passphrase), 'protect.security.setDone')
          }
          onRemove={() => void apply(removeLock, 'protect.security.removed')}
          onCancel={() => setOpen(null)}
        />
      )}
    </>
  );
}
