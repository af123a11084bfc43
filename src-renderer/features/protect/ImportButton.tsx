import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isEncrypted } from '@core/engagement-file/envelope';
import type { Locale } from '@core/model/engagement';

import { usePlatform } from '../../platform';
import type { PickedFile } from '../../platform/platform';
import { navigate } from '../../state/route';
import { useRunningTask } from '../../state/ui-store';
import type { ImportMode } from '../../store/engagement-file';
import { importEngagement, pickEngagementFile } from './actions';
import { ImportDialog } from './ImportDialog';
import './protect.css';

interface Pending {
  file: PickedFile;
  mode: ImportMode;
  wrongPassphrase: boolean;
}

/** The home's "Import a .fleetaudit file" button: choose, ask, import, open. */
export function ImportButton() {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const task = useRunningTask();
  const [pending, setPending] = useState<Pending | null>(null);

  const choose = async () => {
    const file = await pickEngagementFile(platform, t);
    if (file) setPending({ file, mode: 'copy', wrongPassphrase: false });
  };

  const submit = async (file: PickedFile, passphrase: string | undefined, mode: ImportMode) => {
    // Closed while the worker runs, so the progress bar's cancel button can be reached.
    setPending(null);
    const locale: Locale = i18n.language === 'en' ? 'en' : 'fr';
    const outcome = await importEngagement(file, passphrase, mode, t, locale);

    if (outcome.kind === 'wrong-passphrase') setPending({ file, mode, wrongPassphrase: true });
    if (outcome.kind === 'imported') {
      navigate({ name: 'engagement', engagementId: outcome.engagementId, area: 'data' });
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => void choose()}
        disabled={task !== null}
        data-testid="import-engagement-file"
      >
        {t('protect.import.button')}
      </button>
      {pending && (
        <ImportDialog
          // A new attempt starts from an empty passphrase field.
          key={String(pending.wrongPassphrase)}
          fileName={pending.file.name}
          encrypted={isEncrypted(pending.file.bytes)}
          wrongPassphrase={pending.wrongPassphrase}
          initialMode={pending.mode}
          onSubmit={(passphrase, mode) => void submit(pending.file, passphrase, mode)}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
