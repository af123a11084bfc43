import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportMode } from '../../store/engagement-file';
import { ProtectDialog } from './ProtectDialog';

interface Props {
  fileName: string;
  encrypted: boolean;
  /** Set after an attempt with a wrong passphrase, so the user can try again. */
  wrongPassphrase: boolean;
  initialMode: ImportMode;
  onSubmit: (passphrase: string | undefined, mode: ImportMode) => void;
  onCancel: () => void;
}

/** Asks how to import a chosen file and, when it is sealed, for its passphrase. */
export function ImportDialog(props: Props) {
  const { fileName, encrypted, wrongPassphrase, initialMode, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<ImportMode>(initialMode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(encrypted ? passphrase : undefined, mode);
  };

  return (
    <ProtectDialog
      title={t('protect.import.title', { file: fileName })}
      testId="import-dialog"
      onCancel={onCancel}
    >
      <form className="protect-form" onSubmit={submit}>
        {encrypted && (
          <>
            <p className="muted">{t('protect.import.encrypted')}</p>
            <label>
              {t('protect.import.passphrase')}
              <input
                type="password"
                required
                autoFocus
                autoComplete="off"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                data-testid="import-passphrase"
              />
            </label>
          </>
        )}
        {wrongPassphrase && (
          <p className="protect-error" role="alert" data-testid="import-wrong-passphrase">
            {t('errors.engagement-file-passphrase-wrong', { file: fileName })}
          </p>
        )}

        <fieldset className="protect-modes">
          <legend>{t('protect.import.mode')}</legend>
          {(['copy', 'replace'] as const).map((value) => (
            <label key={value} className="protect-check">
              <input
                type="radio"
                name="import-mode"
                checked={mode === value}
                onChange={() => setMode(value)}
                data-testid={`import-mode-${value}`}
              />
              {t(value === 'copy' ? 'protect.import.modeCopy' : 'protect.import.modeReplace')}
            </label>
          ))}
        </fieldset>

        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('protect.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="import-submit">
            {t('protect.import.submit')}
          </button>
        </div>
      </form>
    </ProtectDialog>
  );
}
