import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Engagement } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import { exportEngagement } from './actions';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphrase';
import { BackupList } from './BackupList';
import { PersonalDataRegister } from './PersonalDataRegister';
import { ProtectDialog } from './ProtectDialog';

interface Props {
  engagement: Engagement;
  onClose: () => void;
}

/** Asks whether to seal the export and with which passphrase, typed twice. */
export function ExportDialog({ engagement, onClose }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [encrypt, setEncrypt] = useState(true);
  const [pseudonymise, setPseudonymise] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const problem = encrypt ? passphraseProblem(passphrase, confirmation) : null;
  const min = MIN_PASSPHRASE_LENGTH;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) return;

    // The dialog closes first so that the progress bar and its cancel button can be reached.
    onClose();
    const choice = { passphrase: encrypt ? passphrase : undefined, pseudonymise };
    void exportEngagement(engagement, choice, platform, t);
  };

  return (
    <ProtectDialog
      title={t('protect.export.title', { name: engagement.name })}
      testId="export-dialog"
      onCancel={onClose}
    >
      <form className="protect-form" onSubmit={submit} noValidate>
        <p className="muted">{t('protect.export.intro')}</p>
        <fieldset className="protect-modes">
          <legend>{t('protect.export.content')}</legend>
          {([false, true] as const).map((value) => (
            <label key={String(value)} className="protect-check">
              <input
                type="radio"
                name="export-content"
                checked={pseudonymise === value}
                onChange={() => setPseudonymise(value)}
                data-testid={value ? 'export-pseudonymised' : 'export-full'}
              />
              {t(value ? 'protect.export.pseudonymised' : 'protect.export.full')}
            </label>
          ))}
        </fieldset>
        <PersonalDataRegister engagementId={engagement.id} locale={engagement.locale} />
        <BackupList engagement={engagement} onRestore={onClose} />

        <label className="protect-check">
          <input
            type="checkbox"
            checked={encrypt}
            onChange={(e) => setEncrypt(e.target.checked)}
            data-testid="export-encrypt"
          />
          {t('protect.export.encrypt')}
        </label>

        {encrypt ? (
          <>
            <label>
              {t('protect.export.passphrase')}
              <input
                type="password"
                autoFocus
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                data-testid="export-passphrase"
              />
            </label>
            <label>
              {t('protect.export.confirm')}
              <input
                type="password"
                autoComplete="new-password"
                value={confirmation}
                onChange={(e) => setConfirmation(e.target.value)}
                data-testid="export-passphrase-confirm"
              />
            </label>
            <p className="muted protect-hint">{t('protect.export.hint', { min })}</p>
            {submitted && problem && (
              <p className="protect-error" role="alert" data-testid="export-problem">
                {t(`protect.export.${problem}`, { min })}
              </p>
            )}
          </>
        ) : (
          <p className="protect-warning" data-testid="export-plain-warning">
            {t('protect.export.plainWarning')}
          </p>
        )}

        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('protect.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="export-submit">
            {t('protect.export.submit')}
          </button>
        </div>
      </form>
    </ProtectDialog>
  );
}
